"use client";

import { useActionState } from "react";
import { addRulePeriodAction } from "@/lib/rules/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";

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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(addRulePeriodAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <ValidatedForm action={action} state={state} className="rounded-lg border border-slate-200 bg-white p-5">
      <FormMessage state={state} />
      <Field name="ruleSetCode" label={t("Bộ quy tắc của tỉnh", "Province rule set")} errors={e.ruleSetCode}>
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
      <Field name="code" label={t("Loại chi phí", "Cost type")} errors={e.code}>
        <select id="f-code" name="code" className={inputClass} defaultValue={v.code ?? ""}>
          <option value="">{t("— Chọn —", "— Choose —")}</option>
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
        label={t("Áp dụng từ ngày", "Applies from")}
        defaultValue={v.validFrom}
        errors={e.validFrom}
        hint={t(
          "Hồ sơ nộp trước ngày này vẫn xét theo mức cũ.",
          "Dossiers submitted before this date are still assessed against the earlier cap.",
        )}
      />
      <div className="grid gap-x-3 sm:grid-cols-3">
        <Field
          name="maxPercent"
          label={t("Tỷ lệ tối đa (%)", "Maximum rate (%)")}
          inputMode="decimal"
          defaultValue={v.maxPercent}
          errors={e.maxPercent}
        />
        <Field
          name="maxAmount"
          label={t("Mức tối đa", "Maximum amount")}
          defaultValue={v.maxAmount}
          errors={e.maxAmount}
          hint={t("Ví dụ: 300 triệu", "E.g. 300 triệu")}
        />
        <Field
          name="priorityMultiplier"
          label={t("Hệ số ưu tiên", "Priority multiplier")}
          inputMode="decimal"
          defaultValue={v.priorityMultiplier}
          errors={e.priorityMultiplier}
          hint={t("Trống hoặc 1–1,5", "Empty or 1–1,5")}
        />
      </div>
      <Field name="legalBasisCode" label={t("Văn bản căn cứ", "Legal basis")} errors={e.legalBasisCode}>
        <select
          id="f-legalBasisCode"
          name="legalBasisCode"
          className={inputClass}
          defaultValue={v.legalBasisCode ?? ""}
        >
          <option value="">{t("— Chọn —", "— Choose —")}</option>
          {bases.map((b) => (
            <option key={b.code} value={b.code}>
              {b.title}
            </option>
          ))}
        </select>
      </Field>
      <Field name="article" label={t("Điều, khoản", "Article, clause")} defaultValue={v.article} errors={e.article} />
      <label className="mb-4 flex items-center gap-2 text-sm">
        <input type="checkbox" name="verified" className="h-5 w-5" defaultChecked={v.verified === "on"} />{" "}
        {t("Đã đối chiếu với văn bản gốc", "Checked against the original text")}
      </label>
      <Field
        name="note"
        label={t("Ghi chú hiển thị cho người nộp", "Note shown to applicants")}
        defaultValue={v.note}
        errors={e.note}
      />
      <Field
        name="reason"
        label={t("Lý do thay đổi (ghi nhật ký)", "Reason for the change (for the audit log)")}
        defaultValue={v.reason}
        errors={e.reason}
      />
      <SubmitButton pendingText={t("Đang lưu…", "Saving…")}>
        {t("Thêm giai đoạn áp dụng", "Add the period")}
      </SubmitButton>
    </ValidatedForm>
  );
}
