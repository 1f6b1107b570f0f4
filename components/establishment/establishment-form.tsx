"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { initialFormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { INDUSTRIES, INDUSTRY_LABELS_EN, KIND_LABELS, KIND_LABELS_EN } from "@/lib/rules/industries";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { CommuneSelect, type CommuneChoice } from "@/components/establishment/commune-select";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export type EstablishmentValues = Partial<
  Record<
    | "kind"
    | "name"
    | "taxCode"
    | "householdRegNo"
    | "communeId"
    | "address"
    | "industryCode"
    | "industry"
    | "workforce"
    | "representative"
    | "representativeTitle"
    | "bankAccount"
    | "bankName"
    | "phone"
    | "email"
    | "womenOwned"
    | "ethnicMinorityOwned",
    string
  >
>;

/** The establishment profile (ND 45/2012 Art. 1.2 beneficiary facts); also used by staff at the commune desk. */
export function EstablishmentForm({
  action,
  initial,
  communes,
  submitLabel,
  assisted = false,
  establishmentId,
  locale = "vi",
}: {
  action: Action;
  initial: EstablishmentValues;
  communes: CommuneChoice[];
  submitLabel: string;
  assisted?: boolean;
  establishmentId?: string;
  locale?: Locale;
}) {
  const t = useTranslations("components.establishment.establishmentForm");
  const [state, formAction] = useActionState(action, initialFormState);
  const v: Record<string, string | undefined> = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  return (
    <ValidatedForm
      action={formAction}
      state={state}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="establishment-form"
    >
      <FormMessage state={state} />
      {establishmentId && <input type="hidden" name="establishmentId" value={establishmentId} />}
      <Field name="kind" label={t("typeOfEstablishment")} errors={e.kind}>
        <select
          id="f-kind"
          name="kind"
          className={inputClass}
          defaultValue={v.kind ?? ""}
          aria-invalid={Boolean(e.kind)}
        >
          <option value="" disabled>
            {t("chooseAType")}
          </option>
          {Object.entries(locale === "vi" ? KIND_LABELS : KIND_LABELS_EN).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        name="name"
        label={t("nameOfTheEstablishmentAs")}
        defaultValue={v.name}
        errors={e.name}
        autoComplete="organization"
        required
      />
      <Field
        name="taxCode"
        label={t("taxCode")}
        defaultValue={v.taxCode}
        errors={e.taxCode}
        inputMode="numeric"
        hint={t("n10DigitsOr13Digits")}
      />
      <Field
        name="householdRegNo"
        label={t("householdBusinessCooperativeGroupRegistration")}
        defaultValue={v.householdRegNo}
        errors={e.householdRegNo}
      />
      <CommuneSelect
        communes={communes}
        defaultValue={v.communeId ?? ""}
        errors={e.communeId}
        label={t("communeWardOfProduction")}
        locale={locale}
      />
      <Field
        name="address"
        label={t("productionAddressVillageHamletHouse")}
        defaultValue={v.address}
        errors={e.address}
        autoComplete="street-address"
        required
      />
      <Field name="industryCode" label={t("industryArticle5Decree45")} errors={e.industryCode}>
        <select
          id="f-industryCode"
          name="industryCode"
          className={inputClass}
          defaultValue={v.industryCode ?? ""}
          aria-invalid={Boolean(e.industryCode)}
        >
          <option value="" disabled>
            {t("chooseAnIndustry")}
          </option>
          {INDUSTRIES.map((i) => (
            <option key={i.code} value={i.code}>
              {locale === "vi" ? i.label : INDUSTRY_LABELS_EN[i.code]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        name="industry"
        label={t("mainProducts")}
        defaultValue={v.industry}
        errors={e.industry}
        hint={t("forExampleFineWoodcraftDried")}
        required
      />
      <Field
        name="workforce"
        type="number"
        min={0}
        inputMode="numeric"
        label={t("regularWorkforce")}
        defaultValue={v.workforce ?? "0"}
        errors={e.workforce}
      />
      <fieldset className="mb-4">
        <legend className="text-sm font-semibold text-slate-800">{t("priorityGroupsDecree2352025")}</legend>
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="womenOwned"
            className="h-5 w-5"
            defaultChecked={v.womenOwned === "on" || v.womenOwned === "true"}
          />{" "}
          {t("ownedByAWoman")}
        </label>
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="ethnicMinorityOwned"
            className="h-5 w-5"
            defaultChecked={v.ethnicMinorityOwned === "on" || v.ethnicMinorityOwned === "true"}
          />{" "}
          {t("ownedByAnEthnicMinority")}
        </label>
      </fieldset>
      <Field
        name="representative"
        label={t("representativeOwner")}
        defaultValue={v.representative}
        errors={e.representative}
        autoComplete="name"
        required
      />
      <Field
        name="representativeTitle"
        label={t("representativeSTitlePrintedOn")}
        placeholder={t("householdBusinessOwnerDirector")}
        defaultValue={v.representativeTitle}
        errors={e.representativeTitle}
      />
      <Field
        name="bankAccount"
        label={t("bankAccountForTheSupport")}
        defaultValue={v.bankAccount}
        errors={e.bankAccount}
        inputMode="numeric"
      />
      <Field name="bankName" label={t("bank")} defaultValue={v.bankName} errors={e.bankName} />
      <Field
        name="phone"
        type="tel"
        label={t("contactPhone")}
        defaultValue={v.phone}
        errors={e.phone}
        autoComplete="tel"
      />
      <Field
        name="email"
        type="email"
        label={t("contactEmail")}
        defaultValue={v.email}
        errors={e.email}
        autoComplete="email"
      />
      {assisted && !establishmentId && (
        <fieldset className="mb-4 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("receivedAtTheOneStop")}</legend>
          <Field
            name="note"
            label={t("placeOfReception")}
            defaultValue={v.note}
            errors={e.note}
            hint={t("recordedInTheAuditLog")}
            required
          />
          <Field
            name="accountIdentifier"
            label={t("createAnAccountForThe")}
            defaultValue={v.accountIdentifier}
            errors={e.accountIdentifier ?? e.identifier}
          />
          <Field
            name="accountPassword"
            type="password"
            label={t("temporaryPasswordIfCreatingAn")}
            autoComplete="new-password"
            errors={e.accountPassword}
          />
        </fieldset>
      )}
      <FieldError errors={e._form} />
      <SubmitButton pendingText={t("saving")}>{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}
