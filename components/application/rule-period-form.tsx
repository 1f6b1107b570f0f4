"use client";

import { useActionState } from "react";
import { addRulePeriodAction } from "@/lib/rules/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";

/** Admin: a new validity period of one cap (rules are data; history is never rewritten). */
export function RulePeriodForm({ codes, bases }: { codes: Array<{ code: string; label: string }>; bases: Array<{ code: string; title: string }> }) {
  const [state, action] = useActionState(addRulePeriodAction, initialFormState);
  const v = state.ok ? {} : state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="rounded-lg border border-slate-200 bg-white p-5">
      <FormMessage state={state} />
      <Field name="code" label="Loại chi phí" errors={e.code}>
        <select id="f-code" name="code" className={inputClass} defaultValue={v.code ?? ""}>
          <option value="">— Chọn —</option>
          {codes.map((c) => <option key={c.code} value={c.code}>{c.label} ({c.code})</option>)}
        </select>
      </Field>
      <Field name="validFrom" type="date" label="Áp dụng từ ngày" defaultValue={v.validFrom} errors={e.validFrom} hint="Hồ sơ nộp trước ngày này vẫn xét theo mức cũ." />
      <div className="grid gap-x-3 sm:grid-cols-3">
        <Field name="maxPercent" label="Tỷ lệ tối đa (%)" inputMode="decimal" defaultValue={v.maxPercent} errors={e.maxPercent} />
        <Field name="maxAmount" label="Mức tối đa" defaultValue={v.maxAmount} errors={e.maxAmount} hint="Ví dụ: 300 triệu" />
        <Field name="priorityMultiplier" label="Hệ số ưu tiên" inputMode="decimal" defaultValue={v.priorityMultiplier} errors={e.priorityMultiplier} hint="Trống hoặc 1–1,5" />
      </div>
      <Field name="legalBasisCode" label="Văn bản căn cứ" errors={e.legalBasisCode}>
        <select id="f-legalBasisCode" name="legalBasisCode" className={inputClass} defaultValue={v.legalBasisCode ?? ""}>
          <option value="">— Chọn —</option>
          {bases.map((b) => <option key={b.code} value={b.code}>{b.title}</option>)}
        </select>
      </Field>
      <Field name="article" label="Điều, khoản" defaultValue={v.article} errors={e.article} />
      <label className="mb-4 flex items-center gap-2 text-sm"><input type="checkbox" name="verified" className="h-5 w-5" defaultChecked={v.verified === "on"} /> Đã đối chiếu với văn bản gốc</label>
      <Field name="note" label="Ghi chú hiển thị cho người nộp" defaultValue={v.note} errors={e.note} />
      <Field name="reason" label="Lý do thay đổi (ghi nhật ký)" defaultValue={v.reason} errors={e.reason} />
      <SubmitButton pendingText="Đang lưu…">Thêm giai đoạn áp dụng</SubmitButton>
    </form>
  );
}
