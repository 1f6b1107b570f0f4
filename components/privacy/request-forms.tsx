"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field, FieldError, inputClass, TextareaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";
import { FinalAnswerForm } from "@/components/forms/final-answer-form";
import { useTranslations } from "next-intl";

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

const KINDS = [
  { v: "ACCESS", vi: "Xem, nhận bản sao dữ liệu", en: "Access / copy of my data" },
  { v: "CORRECTION", vi: "Sửa dữ liệu sai", en: "Correct wrong data" },
  { v: "DELETION", vi: "Xóa dữ liệu cá nhân", en: "Erase my personal data" },
  {
    v: "WITHDRAW_CONSENT",
    vi: "Rút lại sự đồng ý (SMS/Zalo, công khai trả lời)",
    en: "Withdraw consent (SMS/Zalo, public answers)",
  },
] as const;

/** The person's request about their data: kind and what they ask. */
export function DataRequestForm({ action, locale }: { action: Action; locale: Locale }) {
  const t = useTranslations("components.privacy.requestForms");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <ValidatedForm action={formAction} state={state} className="mt-3 rounded-md border border-slate-200 p-4">
      <FormMessage state={state} />
      <Field name="kind" id="dsr-kind" label={t("kindOfRequest")} errors={state.fieldErrors?.kind}>
        <select id="dsr-kind" name="kind" required className={inputClass} defaultValue={state.values?.kind ?? ""}>
          <option value="">{t("choose")}</option>
          {KINDS.map((k) => (
            <option key={k.v} value={k.v}>
              {k[locale]}
            </option>
          ))}
        </select>
      </Field>
      <TextareaField
        name="details"
        id="dsr-details"
        label={t("whatYouAsk")}
        hint={t("eGWhichDataIs")}
        errors={state.fieldErrors?.details}
        rows={3}
        required
        minLength={10}
        defaultValue={state.values?.details ?? ""}
      />
      <SubmitButton pendingText={t("sending")}>{t("sendTheRequest")}</SubmitButton>
    </ValidatedForm>
  );
}

/** Staff's answer to a request: the outcome, the text, and a confirmation (the answer is final). */
export function AnswerRequestForm({ id, action, locale }: { id: string; action: Action; locale: Locale }) {
  const t = useTranslations("components.privacy.requestForms");
  return (
    <FinalAnswerForm
      id={id}
      action={action}
      locale={locale}
      answerLabel={t("answerToTheRequester")}
      submitLabel={t("recordTheAnswer")}
    >
      <fieldset className="mb-3">
        <legend className="text-sm font-semibold">{t("outcome")}</legend>
        <label className="mr-4 inline-flex min-h-11 items-center gap-2">
          <input type="radio" name="outcome" value="DONE" required /> {t("done")}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="radio" name="outcome" value="REFUSED" /> {t("refusedGiveReasons")}
        </label>
        <FieldError name="outcome" id={`outcome-${id}-error`} />
      </fieldset>
    </FinalAnswerForm>
  );
}

const DATA_KINDS = [
  "Họ tên",
  "Số điện thoại",
  "Thư điện tử",
  "Mã số thuế",
  "Địa chỉ",
  "Tài khoản ngân hàng",
  "Hồ sơ đề án",
];

/** A breach as it is discovered: when, what, which data, how many people, how serious. */
export function BreachForm({ action, locale }: { action: Action; locale: Locale }) {
  const t = useTranslations("components.privacy.requestForms");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <ValidatedForm action={formAction} state={state} className="mt-3 rounded-md border border-slate-200 p-4">
      <FormMessage state={state} />
      <Field
        name="detectedAt"
        id="breach-detected"
        type="datetime-local"
        required
        label={t("detectedAt")}
        errors={state.fieldErrors?.detectedAt}
      />
      <TextareaField
        name="description"
        id="breach-description"
        label={t("whatHappened")}
        errors={state.fieldErrors?.description}
        rows={3}
        required
        minLength={20}
      />
      <fieldset className="mb-3">
        <legend className="text-sm font-semibold">{t("dataAffected")}</legend>
        <div className="flex flex-wrap gap-x-4">
          {DATA_KINDS.map((k) => (
            <label key={k} className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="dataKinds" value={k} /> {k}
            </label>
          ))}
        </div>
        <FieldError name="dataKinds" errors={state.fieldErrors?.dataKinds} />
      </fieldset>
      <Field
        name="subjectsAffected"
        id="breach-subjects"
        inputMode="numeric"
        required
        label={t("peopleAffectedEstimate")}
        errors={state.fieldErrors?.subjectsAffected}
      />
      <Field
        name="severity"
        id="breach-severity"
        label={t("riskToThePeopleAffected")}
        errors={state.fieldErrors?.severity}
      >
        <select id="breach-severity" name="severity" required className={inputClass} defaultValue="">
          <option value="">{t("choose")}</option>
          <option value="LOW">{t("low")}</option>
          <option value="HIGH">{t("highThePeopleAffectedMust")}</option>
        </select>
      </Field>
      <TextareaField name="measures" id="breach-measures" label={t("measuresTakenIfAny")} rows={2} />
      <SubmitButton pendingText={t("saving")}>{t("recordTheBreach")}</SubmitButton>
    </ValidatedForm>
  );
}

/** One notification step of a breach, stamped with the time it is recorded. */
export function BreachStepForm({
  id,
  step,
  label,
  action,
}: {
  id: string;
  step: string;
  label: string;
  action: Action;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="step" value={step} />
      <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-3 text-sm text-brand-700">
        {label}
      </button>
      {state.message && (
        <span role="status" className="ml-2 text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}
