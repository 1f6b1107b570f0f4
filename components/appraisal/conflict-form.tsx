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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(declareConflictAction, initialFormState);
  const [choice, setChoice] = useState<"NO_CONFLICT" | "RECUSED">(allowNoConflict ? "NO_CONFLICT" : "RECUSED");
  return (
    <ValidatedForm action={action} state={state} className="space-y-3" data-testid="conflict-form">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <fieldset>
        <legend className="text-sm font-semibold">
          {t("Khai báo xung đột lợi ích", "Conflict of interest declaration")}
        </legend>
        {allowNoConflict && (
          <label className="mt-1 flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="decision"
              value="NO_CONFLICT"
              checked={choice === "NO_CONFLICT"}
              onChange={() => setChoice("NO_CONFLICT")}
            />
            {t(
              "Tôi không có quan hệ lợi ích với cơ sở đề nghị hỗ trợ",
              "I have no interest in the applicant establishment",
            )}
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
          {t(
            "Tôi có xung đột lợi ích, xin không tham gia thẩm định hồ sơ này",
            "I have a conflict of interest and recuse myself from appraising this dossier",
          )}
        </label>
      </fieldset>
      {choice === "RECUSED" && (
        <Field name="note" id={`note-${proposalId}`} label={t("Lý do", "Reason")} errors={state.fieldErrors?.note}>
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
          title={t("Xin không tham gia thẩm định?", "Recuse from this appraisal?")}
          confirmText={t("Xác nhận", "Confirm")}
          body={
            <p>
              {t(
                "Sau khi xác nhận, ông/bà không thể chấm điểm và không thể được phân công lại cho hồ sơ này.",
                "Once confirmed, you can no longer score this dossier or be assigned to it again.",
              )}
            </p>
          }
        >
          {t("Xin không tham gia", "Recuse")}
        </ConfirmSubmit>
      ) : (
        <SubmitButton locale={locale}>
          {t("Xác nhận không có xung đột lợi ích", "Confirm no conflict of interest")}
        </SubmitButton>
      )}
    </ValidatedForm>
  );
}
