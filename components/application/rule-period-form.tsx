"use client";

import { useActionState } from "react";
import { addRulePeriodAction } from "@/lib/rules/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

/** Admin: a new validity period of one cap (rules are data; history is never rewritten). */
export function RulePeriodForm({
  codes,
  bases,
  sets,
  locale,
}: {
  codes: Array<{ code: string; label: string }>;
  bases: Array<{ code: string; title: string }>;
  sets: Array<{ code: string; label: string }>;
  locale: Locale;
}) {
  const t = useTranslations("components.application.rulePeriodForm");
  const [state, action] = useActionState(addRulePeriodAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <ValidatedForm action={action} state={state} className="rounded-lg border border-slate-200 bg-white p-5">
      <FormMessage state={state} />
      <Field name="ruleSetCode" label={t("provinceRuleSet")} errors={e.ruleSetCode}>
        <select
          id="f-ruleSetCode"
          name="ruleSetCode"
          className={inputClass}
          defaultValue={v.ruleSetCode ?? sets[0]?.code ?? ""}
        >
          {sets.map((s) => (
            <option key={s.code} value={s.code}>
              {s.label}
            </option>
          ))}
        </select>
      </Field>
      <Field name="code" label={t("costType")} errors={e.code}>
        <select id="f-code" name="code" className={inputClass} defaultValue={v.code ?? ""}>
          <option value="">{t("choose")}</option>
          {codes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label} ({c.code})
            </option>
          ))}
        </select>
      </Field>
      <Field
        name="validFrom"
        type="date"
        label={t("appliesFrom")}
        defaultValue={v.validFrom}
        errors={e.validFrom}
        hint={t("dossiersSubmittedBeforeThisDate")}
      />
      <div className="grid gap-x-3 sm:grid-cols-3">
        <Field
          name="maxPercent"
          label={t("maximumRate")}
          inputMode="decimal"
          defaultValue={v.maxPercent}
          errors={e.maxPercent}
        />
        <Field
          name="maxAmount"
          label={t("maximumAmount")}
          defaultValue={v.maxAmount}
          errors={e.maxAmount}
          hint={t("eG300Trieu")}
        />
        <Field
          name="priorityMultiplier"
          label={t("priorityMultiplier")}
          inputMode="decimal"
          defaultValue={v.priorityMultiplier}
          errors={e.priorityMultiplier}
          hint={t("emptyOr115")}
        />
      </div>
      <Field name="legalBasisCode" label={t("legalBasis")} errors={e.legalBasisCode}>
        <select
          id="f-legalBasisCode"
          name="legalBasisCode"
          className={inputClass}
          defaultValue={v.legalBasisCode ?? ""}
        >
          <option value="">{t("choose")}</option>
          {bases.map((b) => (
            <option key={b.code} value={b.code}>
              {b.title}
            </option>
          ))}
        </select>
      </Field>
      <Field name="article" label={t("articleClause")} defaultValue={v.article} errors={e.article} />
      <label className="mb-4 flex items-center gap-2 text-sm">
        <input type="checkbox" name="verified" className="h-5 w-5" defaultChecked={v.verified === "on"} />{" "}
        {t("checkedAgainstTheOriginalText")}
      </label>
      <Field name="note" label={t("noteShownToApplicants")} defaultValue={v.note} errors={e.note} />
      <Field name="reason" label={t("reasonForTheChangeFor")} defaultValue={v.reason} errors={e.reason} />
      <SubmitButton pendingText={t("saving")}>{t("addThePeriod")}</SubmitButton>
    </ValidatedForm>
  );
}
