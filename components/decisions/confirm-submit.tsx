"use client";

import { useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";

/**
 * A submit button that first asks for confirmation in a modal dialog (irreversible decisions). The
 * dialog's "Xác nhận" submits the enclosing form via requestSubmit, so browser validation still runs.
 */
export function ConfirmSubmit({ children, title, body, confirmText, variant = "primary", locale = "vi" }: {
  children: ReactNode; title: string; body: ReactNode; confirmText?: string; variant?: ButtonVariant; locale?: Locale;
}) {
  const vi = locale === "vi";
  const ref = useRef<HTMLDialogElement>(null);
  const btn = useRef<HTMLButtonElement>(null);
  const { pending } = useFormStatus();
  const titleId = useId();
  return (
    <>
      <button ref={btn} type="button" className={buttonClass(variant)} disabled={pending} aria-busy={pending}
        onClick={() => {
          const form = btn.current?.form;
          if (form && !form.reportValidity()) return;
          ref.current?.showModal();
        }}>
        {pending ? (vi ? "Đang xử lý…" : "Processing…") : children}
      </button>
      <dialog ref={ref} aria-labelledby={titleId} className="m-auto w-[min(32rem,92vw)] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
        <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
          <div className="mt-2 text-sm text-slate-700">{body}</div>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => ref.current?.close()}>{vi ? "Quay lại" : "Back"}</button>
            <button type="button" className={buttonClass(variant)} autoFocus
              onClick={() => { ref.current?.close(); btn.current?.form?.requestSubmit(); }}>
              {confirmText ?? (vi ? "Xác nhận" : "Confirm")}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
