"use client";

import { useActionState, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { FieldError, TextareaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/**
 * A final written answer (to a data-subject request, to feedback): the text, extra fields given as children (an
 * outcome), and a confirmation the server insists on, since the answer cannot be changed once sent.
 */
export function FinalAnswerForm({
  id,
  action,
  locale,
  answerLabel,
  submitLabel,
  children,
}: {
  id: string;
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  locale: Locale;
  answerLabel: string;
  submitLabel: string;
  children?: ReactNode;
}) {
  const t = useTranslations("components.forms.finalAnswerForm");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <ValidatedForm action={formAction} state={state} className="mt-2 rounded-md bg-slate-50 p-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      {children}
      <TextareaField
        name="answer"
        id={`answer-${id}`}
        label={answerLabel}
        errors={state.fieldErrors?.answer}
        rows={3}
        required
        minLength={10}
      />
      <label className="mb-2 flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" className="mt-1 h-5 w-5" />
        {t("iConfirmThisAnswerIt")}
      </label>
      <FieldError name="confirm" errors={state.fieldErrors?.confirm} />
      <SubmitButton pendingText={t("sending")}>{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}
