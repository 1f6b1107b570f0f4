"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { ConfirmSubmit } from "@/components/decisions/confirm-submit";
import type { ButtonVariant } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";

/** One button on a table row (approve, delete) that asks for confirmation and shows its outcome beside it. */
export function RowAction({
  action,
  id,
  label,
  confirmTitle,
  confirmBody,
  variant = "secondary",
  testId,
  locale,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  label: string;
  confirmTitle: string;
  confirmBody: string;
  variant?: ButtonVariant;
  testId?: string;
  locale: Locale;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <ValidatedForm action={formAction} state={state} data-testid={testId} className="inline-flex flex-col gap-1">
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmit title={confirmTitle} body={confirmBody} confirmText={label} variant={variant} locale={locale}>
        {label}
      </ConfirmSubmit>
      {state.message && (
        <span role="status" className={`text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}>
          {state.message}
        </span>
      )}
    </ValidatedForm>
  );
}
