"use client";

import { useActionState } from "react";
import { issueRuleSetVersionAction } from "@/lib/rules/actions";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import type { Locale } from "@/lib/i18n/locale";

/** Admin: a new version of the province's local rule set under a new instrument (never edits one in place). */
export function RuleSetForm({ locale }: { locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(issueRuleSetVersionAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="rounded-lg border border-slate-200 bg-white p-5">
      <FormMessage state={state} />
      <Field
        name="instrumentNo"
        label={t("Số hiệu văn bản", "Instrument number")}
        defaultValue={v.instrumentNo}
        errors={e.instrumentNo}
        hint={t("Ví dụ: 23/2025/NQ-HĐND", "E.g. 23/2025/NQ-HĐND")}
      />
      <Field
        name="instrumentTitle"
        label={t("Tên văn bản", "Instrument title")}
        defaultValue={v.instrumentTitle}
        errors={e.instrumentTitle}
      />
      <Field
        name="issuer"
        label={t("Cơ quan ban hành", "Issued by")}
        defaultValue={v.issuer}
        errors={e.issuer}
        hint={t("Ví dụ: HĐND tỉnh Phú Thọ", "E.g. HĐND tỉnh Phú Thọ")}
      />
      <div className="grid gap-x-3 sm:grid-cols-2">
        <Field
          name="issuedOn"
          type="date"
          label={t("Ngày ban hành", "Issued on")}
          defaultValue={v.issuedOn}
          errors={e.issuedOn}
        />
        <Field
          name="effectiveFrom"
          type="date"
          label={t("Ngày có hiệu lực", "In force from")}
          defaultValue={v.effectiveFrom}
          errors={e.effectiveFrom}
          hint={t("Hồ sơ nộp trước ngày này vẫn xét theo bộ cũ.", "Dossiers submitted earlier keep the previous set.")}
        />
      </div>
      <Field
        name="advanceBasis"
        label={t("Văn bản quy định tạm ứng, thanh toán của tỉnh", "The province's advance and payment procedure")}
        defaultValue={v.advanceBasis}
        errors={e.advanceBasis}
      />
      <label className="mb-4 flex items-center gap-2 text-sm">
        <input type="checkbox" name="illustrative" className="h-5 w-5" defaultChecked={v.illustrative === "on"} />{" "}
        {t(
          "Chưa có toàn văn: đánh dấu các mức là minh họa",
          "Full text not available: flag the levels as illustrative",
        )}
      </label>
      {/* "setReason": the cap-period form on the same page has its own "reason" field (ids must be unique). */}
      <Field
        name="setReason"
        label={t("Lý do ban hành (ghi nhật ký)", "Reason for the new set (for the audit log)")}
        defaultValue={v.setReason}
        errors={e.reason}
      />
      <SubmitButton pendingText={t("Đang lưu…", "Saving…")}>
        {t("Ban hành bộ quy tắc mới", "Issue the new rule set")}
      </SubmitButton>
    </form>
  );
}
