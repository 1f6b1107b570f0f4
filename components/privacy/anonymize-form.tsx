"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

type Props = {
  establishmentId: string;
  name: string;
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  locale: Locale;
};

/** Irreversible: a written reason and an explicit confirmation before the personal data is erased. */
export function AnonymizeForm({ establishmentId, name, action, locale }: Props) {
  const t = useTranslations("components.privacy.anonymizeForm");
  const [state, formAction] = useActionState(action, initialFormState);
  const id = `reason-${establishmentId}`;
  return (
    <ValidatedForm action={formAction} state={state} className="mt-3 rounded-md border border-red-200 bg-red-50 p-3">
      <FormMessage state={state} />
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <Field
        name="reason"
        id={id}
        label={t("groundsForErasingThePersonal", { name })}
        errors={state.fieldErrors?.reason}
      >
        <textarea
          id={id}
          name="reason"
          rows={2}
          required
          minLength={10}
          className={inputClass}
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={Boolean(state.fieldErrors?.reason)}
          aria-describedby={`${id}-error`}
        />
      </Field>
      <div className="mb-3 flex items-start gap-2">
        <input
          type="checkbox"
          id={`confirm-${establishmentId}`}
          name="confirm"
          className="mt-1 h-5 w-5"
          aria-describedby={`confirm-${establishmentId}-error`}
        />
        <label htmlFor={`confirm-${establishmentId}`} className="text-sm">
          {t("iUnderstandThisCannotBe")}
        </label>
      </div>
      <FieldError id={`confirm-${establishmentId}-error`} errors={state.fieldErrors?.confirm} />
      <SubmitButton variant="danger" pendingText={t("erasing")}>
        {t("erasePersonalData")}
      </SubmitButton>
    </ValidatedForm>
  );
}
