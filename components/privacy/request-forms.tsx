"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field, FieldError, inputClass, TextareaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";
import { FinalAnswerForm } from "@/components/forms/final-answer-form";

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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <ValidatedForm action={formAction} state={state} className="mt-3 rounded-md border border-slate-200 p-4">
      <FormMessage state={state} />
      <Field name="kind" id="dsr-kind" label={t("Loại yêu cầu", "Kind of request")} errors={state.fieldErrors?.kind}>
        <select id="dsr-kind" name="kind" required className={inputClass} defaultValue={state.values?.kind ?? ""}>
          <option value="">{t("— Chọn —", "— Choose —")}</option>
          {KINDS.map((k) => (
            <option key={k.v} value={k.v}>
              {t(k.vi, k.en)}
            </option>
          ))}
        </select>
      </Field>
      <TextareaField
        name="details"
        id="dsr-details"
        label={t("Nội dung yêu cầu", "What you ask")}
        hint={t("Ví dụ: dữ liệu nào cần sửa và sửa thành gì.", "E.g. which data is wrong and what it should be.")}
        errors={state.fieldErrors?.details}
        rows={3}
        required
        minLength={10}
        defaultValue={state.values?.details ?? ""}
      />
      <SubmitButton pendingText={t("Đang gửi…", "Sending…")}>{t("Gửi yêu cầu", "Send the request")}</SubmitButton>
    </ValidatedForm>
  );
}

/** Staff's answer to a request: the outcome, the text, and a confirmation (the answer is final). */
export function AnswerRequestForm({ id, action, locale }: { id: string; action: Action; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <FinalAnswerForm
      id={id}
      action={action}
      locale={locale}
      answerLabel={t("Trả lời người yêu cầu", "Answer to the requester")}
      submitLabel={t("Ghi câu trả lời", "Record the answer")}
    >
      <fieldset className="mb-3">
        <legend className="text-sm font-semibold">{t("Kết quả", "Outcome")}</legend>
        <label className="mr-4 inline-flex min-h-11 items-center gap-2">
          <input type="radio" name="outcome" value="DONE" required /> {t("Đã thực hiện", "Done")}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="radio" name="outcome" value="REFUSED" /> {t("Từ chối (nêu lý do)", "Refused (give reasons)")}
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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <ValidatedForm action={formAction} state={state} className="mt-3 rounded-md border border-slate-200 p-4">
      <FormMessage state={state} />
      <Field
        name="detectedAt"
        id="breach-detected"
        type="datetime-local"
        required
        label={t("Thời điểm phát hiện", "Detected at")}
        errors={state.fieldErrors?.detectedAt}
      />
      <TextareaField
        name="description"
        id="breach-description"
        label={t("Mô tả sự cố", "What happened")}
        errors={state.fieldErrors?.description}
        rows={3}
        required
        minLength={20}
      />
      <fieldset className="mb-3">
        <legend className="text-sm font-semibold">{t("Dữ liệu bị ảnh hưởng", "Data affected")}</legend>
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
        label={t("Số người bị ảnh hưởng (ước tính)", "People affected (estimate)")}
        errors={state.fieldErrors?.subjectsAffected}
      />
      <Field
        name="severity"
        id="breach-severity"
        label={t("Mức độ rủi ro cho người bị ảnh hưởng", "Risk to the people affected")}
        errors={state.fieldErrors?.severity}
      >
        <select id="breach-severity" name="severity" required className={inputClass} defaultValue="">
          <option value="">{t("— Chọn —", "— Choose —")}</option>
          <option value="LOW">{t("Thấp", "Low")}</option>
          <option value="HIGH">
            {t("Cao — phải thông báo cho người bị ảnh hưởng", "High — the people affected must be told")}
          </option>
        </select>
      </Field>
      <TextareaField
        name="measures"
        id="breach-measures"
        label={t("Biện pháp đã làm (nếu có)", "Measures taken (if any)")}
        rows={2}
      />
      <SubmitButton pendingText={t("Đang ghi…", "Saving…")}>{t("Ghi sự cố", "Record the breach")}</SubmitButton>
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
