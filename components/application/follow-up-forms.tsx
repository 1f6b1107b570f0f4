"use client";

import { useActionState, useState } from "react";
import { resubmitAction, withdrawAction } from "@/lib/applications/actions";
import { initialFormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

/** Withdraw before appraisal, with a reason and a confirmation step. */
export function WithdrawForm({
  proposalId,
  establishmentId,
  locale = "vi",
}: {
  proposalId: string;
  establishmentId?: string;
  locale?: Locale;
}) {
  const t = useTranslations("components.application.followUpForms");
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(withdrawAction, initialFormState);
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {t("withdrawDossier")}
      </Button>
    );
  return (
    <ValidatedForm action={action} state={state} className="rounded-lg border border-red-300 bg-red-50 p-4">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {establishmentId && <input type="hidden" name="establishmentId" value={establishmentId} />}
      <Field name="reason" label={t("reasonForWithdrawal")} errors={state.fieldErrors?.reason}>
        <textarea
          id="f-reason"
          name="reason"
          rows={3}
          className={inputClass}
          defaultValue={state.values?.reason}
          aria-invalid={Boolean(state.fieldErrors?.reason)}
          aria-describedby="f-reason-error"
        />
      </Field>
      <p className="mb-3 text-sm">{t("aWithdrawnDossierIsNo")}</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pendingText={t("withdrawing")}>
          {t("confirmWithdrawal")}
        </SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </ValidatedForm>
  );
}

/** After a return: describe what was supplemented, then resubmit (RETURNED → RESUBMITTED). */
export function ResubmitForm({
  proposalId,
  establishmentId,
  locale = "vi",
}: {
  proposalId: string;
  establishmentId?: string;
  locale?: Locale;
}) {
  const t = useTranslations("components.application.followUpForms");
  const [state, action] = useActionState(resubmitAction, initialFormState);
  return (
    <ValidatedForm action={action} state={state}>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {establishmentId && <input type="hidden" name="establishmentId" value={establishmentId} />}
      <Field name="note" label={t("whatWasSupplementedExplanations")} errors={state.fieldErrors?.note}>
        <textarea
          id="f-note"
          name="note"
          rows={3}
          className={inputClass}
          defaultValue={state.values?.note}
          aria-invalid={Boolean(state.fieldErrors?.note)}
          aria-describedby="f-note-error"
        />
      </Field>
      <SubmitButton pendingText={t("resubmitting")}>{t("resubmit")}</SubmitButton>
    </ValidatedForm>
  );
}
