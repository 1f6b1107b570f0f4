"use client";

import { useActionState } from "react";
import { advanceAction } from "@/lib/appraisal/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmSubmit } from "@/components/decisions/confirm-submit";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

export type StepChoice = { action: string; label: string; reasonRequired: boolean; irreversible: boolean };

/** One form per workflow step the table allows this role now (never more, never fewer). */
export function StepActions({
  proposalId,
  steps,
  locale,
}: {
  proposalId: string;
  steps: StepChoice[];
  locale: Locale;
}) {
  return (
    <div className="space-y-3">
      {steps.map((s) => (
        <StepForm key={s.action} proposalId={proposalId} step={s} locale={locale} />
      ))}
    </div>
  );
}

function StepForm({ proposalId, step, locale }: { proposalId: string; step: StepChoice; locale: Locale }) {
  const t = useTranslations("components.appraisal.stepActions");
  const [state, action] = useActionState(advanceAction, initialFormState);
  const id = `reason-${step.action}`;
  return (
    <ValidatedForm
      action={action}
      state={state}
      className="rounded-md border border-slate-200 p-3"
      data-testid={`step-${step.action}`}
    >
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="action" value={step.action} />
      {step.reasonRequired && (
        <Field
          name="reason"
          id={id}
          label={
            <>
              {t("reasonGrounds")} — {step.label.toLowerCase()}
            </>
          }
          errors={state.fieldErrors?.reason}
        >
          <textarea
            id={id}
            name="reason"
            required
            minLength={5}
            rows={2}
            defaultValue={state.values?.reason}
            className={inputClass}
          />
        </Field>
      )}
      {step.irreversible ? (
        <ConfirmSubmit
          locale={locale}
          title={`${step.label}?`}
          confirmText={t("confirm")}
          body={<p>{t("thisStepIsRecordedIn")}</p>}
        >
          {step.label}
        </ConfirmSubmit>
      ) : (
        <SubmitButton locale={locale}>{step.label}</SubmitButton>
      )}
    </ValidatedForm>
  );
}
