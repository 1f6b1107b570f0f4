"use client";

import { useActionState, useState } from "react";
import { declareConflictAction } from "@/lib/appraisal/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmSubmit } from "@/components/decisions/confirm-submit";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

/** Declare no conflict of interest (then score), or recuse — final, the member can no longer score. */
export function ConflictForm({
  proposalId,
  allowNoConflict,
  locale,
}: {
  proposalId: string;
  allowNoConflict: boolean;
  locale: Locale;
}) {
  const t = useTranslations("components.appraisal.conflictForm");
  const [state, action] = useActionState(declareConflictAction, initialFormState);
  const [choice, setChoice] = useState<"NO_CONFLICT" | "RECUSED">(allowNoConflict ? "NO_CONFLICT" : "RECUSED");
  return (
    <ValidatedForm action={action} state={state} className="space-y-3" data-testid="conflict-form">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <fieldset>
        <legend className="text-sm font-semibold">{t("conflictOfInterestDeclaration")}</legend>
        {allowNoConflict && (
          <label className="mt-1 flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="decision"
              value="NO_CONFLICT"
              checked={choice === "NO_CONFLICT"}
              onChange={() => setChoice("NO_CONFLICT")}
            />
            {t("iHaveNoInterestIn")}
          </label>
        )}
        <label className="flex min-h-11 items-center gap-2">
          <input
            type="radio"
            name="decision"
            value="RECUSED"
            checked={choice === "RECUSED"}
            onChange={() => setChoice("RECUSED")}
          />
          {t("iHaveAConflictOf")}
        </label>
      </fieldset>
      {choice === "RECUSED" && (
        <Field name="note" id={`note-${proposalId}`} label={t("reason")} errors={state.fieldErrors?.note}>
          <textarea
            id={`note-${proposalId}`}
            name="note"
            required
            minLength={5}
            rows={2}
            className={inputClass}
            defaultValue={state.values?.note}
          />
        </Field>
      )}
      {choice === "RECUSED" ? (
        <ConfirmSubmit
          locale={locale}
          variant="danger"
          title={t("recuseFromThisAppraisal")}
          confirmText={t("confirm")}
          body={<p>{t("onceConfirmedYouCanNo")}</p>}
        >
          {t("recuse")}
        </ConfirmSubmit>
      ) : (
        <SubmitButton locale={locale}>{t("confirmNoConflictOfInterest")}</SubmitButton>
      )}
    </ValidatedForm>
  );
}
