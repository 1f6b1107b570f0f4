"use client";

import { useActionState } from "react";
import { addBatchAction, createPlanAction, removeFromPlanAction, setEnvelopeAction } from "@/lib/plans/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale, Text } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

const FUNDS: Array<{ v: string; l: Text }> = [
  { v: "KCDP", l: { vi: "Khuyến công địa phương", en: "Local industrial extension" } },
  { v: "KCQG", l: { vi: "Khuyến công quốc gia", en: "National industrial extension" } },
];

function FundSelect({ id, value, locale }: { id: string; value?: string; locale: Locale }) {
  const t = useTranslations("components.plans.planForms");
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-semibold">
        {t("fund")}
      </label>
      <select id={id} name="fund" defaultValue={value ?? "KCDP"} className={inputClass}>
        {FUNDS.map((f) => (
          <option key={f.v} value={f.v}>
            {f.l[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function EnvelopeForm({ year, locale }: { year: number; locale: Locale }) {
  const t = useTranslations("components.plans.planForms");
  const [state, action] = useActionState(setEnvelopeAction, initialFormState);
  const v = state.values ?? {};
  return (
    <ValidatedForm action={action} state={state}>
      <FormMessage state={state} />
      <Field
        name="year"
        id="env-year"
        label={t("year")}
        type="number"
        defaultValue={v.year ?? year}
        errors={state.fieldErrors?.year}
      />
      <FundSelect id="env-fund" value={v.fund} locale={locale} />
      <Field
        name="amount"
        label={t("envelopeAllocatedBudget")}
        placeholder={t("eG25Ty")}
        defaultValue={v.amount}
        errors={state.fieldErrors?.amount}
        required
      />
      <Field
        name="source"
        label={t("basisNumberOfTheBudget")}
        defaultValue={v.source}
        errors={state.fieldErrors?.source}
      />
      <SubmitButton variant="secondary" locale={locale}>
        {t("saveTheEnvelope")}
      </SubmitButton>
    </ValidatedForm>
  );
}

export function CreatePlanForm({ year, locale }: { year: number; locale: Locale }) {
  const t = useTranslations("components.plans.planForms");
  const [state, action] = useActionState(createPlanAction, initialFormState);
  const v = state.values ?? {};
  return (
    <ValidatedForm action={action} state={state}>
      <FormMessage state={state} />
      <Field
        name="year"
        id="plan-year"
        label={t("year")}
        type="number"
        defaultValue={v.year ?? year}
        errors={state.fieldErrors?.year}
      />
      <FundSelect id="plan-fund" value={v.fund} locale={locale} />
      <Field name="name" label={t("planNameLeaveEmptyTo")} defaultValue={v.name} errors={state.fieldErrors?.name} />
      <SubmitButton locale={locale}>{t("createThePlan")}</SubmitButton>
    </ValidatedForm>
  );
}

export function AddBatchForm({ planId, locale }: { planId: string; locale: Locale }) {
  const t = useTranslations("components.plans.planForms");
  const [state, action] = useActionState(addBatchAction, initialFormState);
  return (
    <ValidatedForm action={action} state={state} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="planId" value={planId} />
      <div className="grow">
        <Field name="name" label={t("addABatch")} placeholder={t("batch2")} errors={state.fieldErrors?.name} />
      </div>
      <div className="mb-4">
        <SubmitButton variant="secondary" locale={locale}>
          {t("add")}
        </SubmitButton>
      </div>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </ValidatedForm>
  );
}

export function RemoveFromPlanButton({
  planId,
  proposalId,
  locale,
}: {
  planId: string;
  proposalId: string;
  locale: Locale;
}) {
  const t = useTranslations("components.plans.planForms");
  const [state, action] = useActionState(removeFromPlanAction, initialFormState);
  return (
    <ValidatedForm action={action} state={state}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <button type="submit" className="text-sm text-red-700 underline">
        {t("removeFromThePlan")}
      </button>
      {!state.ok && state.message && <p className="text-xs text-red-700">{state.message}</p>}
    </ValidatedForm>
  );
}
