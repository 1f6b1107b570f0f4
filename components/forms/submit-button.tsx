"use client";

import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/** Disables itself and shows progress while the action runs, so nothing is sent twice. */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  name,
  value,
  locale = "vi",
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
  locale?: Locale;
}) {
  const t = useTranslations("components.forms.submitButton");
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-busy={pending}
      className={buttonClass(variant)}
    >
      {pending && (
        <span className="h-4 w-4 animate-spin rounded-full border-2 border-white/60 border-t-transparent" aria-hidden />
      )}
      {pending ? (pendingText ?? t("processing")) : children}
    </button>
  );
}
