"use client";

import { useActionState } from "react";
import { claimEstablishmentAction, issueClaimCodeAction } from "@/lib/establishments/claim-actions";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/** The owner's side: tax code + the officer's code; the signed-in account becomes the establishment's. */
export function ClaimEstablishmentForm({ locale }: { locale: Locale }) {
  const t = useTranslations("components.establishment.claimForms");
  const [state, action] = useActionState(claimEstablishmentAction, initialFormState);
  return (
    <ValidatedForm action={action} state={state} data-testid="claim-form">
      <FormMessage state={state} />
      <Field
        id="claim-taxCode"
        name="taxCode"
        label={t("theEstablishmentSTaxCode")}
        required
        inputMode="numeric"
        autoComplete="off"
        defaultValue={state.values?.taxCode}
        errors={state.fieldErrors?.taxCode}
      />
      <Field
        id="claim-code"
        name="code"
        label={t("claimCodeFromTheOfficer")}
        required
        autoComplete="off"
        placeholder="ABCDE-23456"
        hint={t("n10CharactersOnTheOfficer")}
        defaultValue={state.values?.code}
        errors={state.fieldErrors?.code}
      />
      <SubmitButton locale={locale}>{t("takeOverTheEstablishment")}</SubmitButton>
    </ValidatedForm>
  );
}

/** The officer's side: a fresh one-time code for the owner, shown once. */
export function IssueClaimCodeForm({ establishmentId, locale }: { establishmentId: string; locale: Locale }) {
  const t = useTranslations("components.establishment.claimForms");
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
      <SubmitButton locale={locale}>{t("issueAClaimCode")}</SubmitButton>
    </ValidatedForm>
  );
}
