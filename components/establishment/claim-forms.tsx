"use client";

import { useActionState } from "react";
import { claimEstablishmentAction, issueClaimCodeAction } from "@/lib/establishments/claim-actions";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";

/** The owner's side: tax code + the officer's code; the signed-in account becomes the establishment's. */
export function ClaimEstablishmentForm({ locale }: { locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(claimEstablishmentAction, initialFormState);
  return (
    <ValidatedForm action={action} state={state} data-testid="claim-form">
      <FormMessage state={state} />
      <Field
        id="claim-taxCode"
        name="taxCode"
        label={t("Mã số thuế của cơ sở", "The establishment's tax code")}
        required
        inputMode="numeric"
        autoComplete="off"
        defaultValue={state.values?.taxCode}
        errors={state.fieldErrors?.taxCode}
      />
      <Field
        id="claim-code"
        name="code"
        label={t("Mã nhận tài khoản (cán bộ cấp)", "Claim code (from the officer)")}
        required
        autoComplete="off"
        placeholder="ABCDE-23456"
        hint={t(
          "10 ký tự trên giấy cán bộ đưa, có hiệu lực 14 ngày.",
          "10 characters on the officer's slip, valid 14 days.",
        )}
        defaultValue={state.values?.code}
        errors={state.fieldErrors?.code}
      />
      <SubmitButton locale={locale}>{t("Nhận quản lý cơ sở", "Take over the establishment")}</SubmitButton>
    </ValidatedForm>
  );
}

/** The officer's side: a fresh one-time code for the owner, shown once. */
export function IssueClaimCodeForm({ establishmentId, locale }: { establishmentId: string; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(issueClaimCodeAction, initialFormState);
  return (
    <ValidatedForm action={action} state={state} data-testid="issue-claim-code">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      {state.message && (
        <p
          role="status"
          data-testid="claim-code"
          className={`mb-3 rounded-md p-3 text-sm ${state.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}
        >
          {state.message}
        </p>
      )}
      <SubmitButton locale={locale}>{t("Cấp mã nhận tài khoản", "Issue a claim code")}</SubmitButton>
    </ValidatedForm>
  );
}
