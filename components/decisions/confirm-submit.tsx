"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "@/components/ui/button";
import { useFormCheck } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/**
 * A submit button that first asks for confirmation in a modal dialog (irreversible decisions). The fields
 * are checked by the page first (our own messages, components/forms/form-check.ts); then `check` may refuse
 * with a reason (e.g. the approval does not fit the envelope, issue 13.3) — the dialog then says why and
 * offers no "Xác nhận", so nothing irreversible is sent that is known to fail. "Xác nhận" submits the form.
 */
export function ConfirmSubmit({
  children,
  title,
  body,
  confirmText,
  variant = "primary",
  locale = "vi",
  check,
}: {
  children: ReactNode;
  title: string;
  body: ReactNode;
  confirmText?: string;
  variant?: ButtonVariant;
  locale?: Locale;
  check?: (form: HTMLFormElement) => ReactNode | null;
}) {
  const t = useTranslations("components.decisions.confirmSubmit");
  const vi = locale === "vi";
  const ref = useRef<HTMLDialogElement>(null);
  const btn = useRef<HTMLButtonElement>(null);
  const { pending } = useFormStatus();
  const formCheck = useFormCheck();
  const [refusal, setRefusal] = useState<ReactNode | null>(null);
  const titleId = useId();
  return (
    <>
      <button
        ref={btn}
        type="button"
        className={buttonClass(variant)}
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          const form = btn.current?.form;
          if (!form) return;
          if (formCheck ? !formCheck.validate() : !form.reportValidity()) return;
          setRefusal(check?.(form) ?? null);
          ref.current?.showModal();
        }}
      >
        {pending ? t("processing") : children}
      </button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        className="m-auto w-[min(32rem,92vw)] rounded-lg p-0 shadow-xl backdrop:bg-black/40"
        data-testid="confirm-dialog"
      >
        <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {refusal ? t("notPossibleYet") : title}
          </h2>
          {refusal ? (
            <div
              role="alert"
              className="mt-2 rounded-md bg-red-50 p-3 text-sm text-red-900"
              data-testid="confirm-refusal"
            >
              {refusal}
            </div>
          ) : (
            <div className="mt-2 text-sm text-slate-700">{body}</div>
          )}
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <button
              type="button"
              className={buttonClass("secondary")}
              autoFocus={Boolean(refusal)}
              onClick={() => ref.current?.close()}
            >
              {t("back")}
            </button>
            {!refusal && (
              <button
                type="button"
                className={buttonClass(variant)}
                autoFocus
                onClick={() => {
                  ref.current?.close();
                  btn.current?.form?.requestSubmit();
                }}
              >
                {confirmText ?? t("confirm")}
              </button>
            )}
          </div>
        </div>
      </dialog>
    </>
  );
}
