"use client";

import { useActionState } from "react";
import { issueRuleSetVersionAction } from "@/lib/rules/actions";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/** Admin: a new version of the province's local rule set under a new instrument (never edits one in place). */
export function RuleSetForm({ locale }: { locale: Locale }) {
  const t = useTranslations("components.rules.ruleSetForm");
  const [state, action] = useActionState(issueRuleSetVersionAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="rounded-lg border border-slate-200 bg-white p-5">
      <FormMessage state={state} />
      <Field
        name="instrumentNo"
        label={t("instrumentNumber")}
        defaultValue={v.instrumentNo}
        errors={e.instrumentNo}
        hint={t("eG232025Nq")}
      />
      <Field
        name="instrumentTitle"
        label={t("instrumentTitle")}
        defaultValue={v.instrumentTitle}
        errors={e.instrumentTitle}
      />
      <Field name="issuer" label={t("issuedBy")} defaultValue={v.issuer} errors={e.issuer} hint={t("eGHdndTinhPhu")} />
      <div className="grid gap-x-3 sm:grid-cols-2">
        <Field name="issuedOn" type="date" label={t("issuedOn")} defaultValue={v.issuedOn} errors={e.issuedOn} />
        <Field
          name="effectiveFrom"
          type="date"
          label={t("inForceFrom")}
          defaultValue={v.effectiveFrom}
          errors={e.effectiveFrom}
          hint={t("dossiersSubmittedEarlierKeepThe")}
        />
      </div>
      <Field
        name="advanceBasis"
        label={t("theProvinceSAdvanceAnd")}
        defaultValue={v.advanceBasis}
        errors={e.advanceBasis}
      />
      <label className="mb-4 flex items-center gap-2 text-sm">
        <input type="checkbox" name="illustrative" className="h-5 w-5" defaultChecked={v.illustrative === "on"} />{" "}
        {t("fullTextNotAvailableFlag")}
      </label>
      {/* "setReason": the cap-period form on the same page has its own "reason" field (ids must be unique). */}
      <Field name="setReason" label={t("reasonForTheNewSet")} defaultValue={v.setReason} errors={e.reason} />
      <SubmitButton pendingText={t("saving")}>{t("issueTheNewRuleSet")}</SubmitButton>
    </form>
  );
}
