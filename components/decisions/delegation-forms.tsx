"use client";

import { useActionState } from "react";
import { createDelegationAction, revokeDelegationAction } from "@/lib/decisions/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

export function DelegationForm({ colleagues }: { colleagues: Array<{ id: string; name: string; title: string | null }> }) {
  const [state, action] = useActionState(createDelegationAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action}>
      <FormMessage state={state} />
      <div className="mb-4">
        <label htmlFor="f-delegateId" className="block text-sm font-semibold">Người ký thay</label>
        <select id="f-delegateId" name="delegateId" defaultValue={v.delegateId} className={inputClass} required>
          <option value="">— Chọn —</option>
          {colleagues.map((c) => <option key={c.id} value={c.id}>{c.name}{c.title ? ` · ${c.title}` : ""}</option>)}
        </select>
        <FieldError errors={e.delegateId} />
      </div>
      <div className="mb-4">
        <label htmlFor="f-mode" className="block text-sm font-semibold">Hình thức</label>
        <select id="f-mode" name="mode" defaultValue={v.mode ?? "KY_THAY"} className={inputClass}>
          <option value="KY_THAY">Ký thay (KT.) — cấp phó ký thay cấp trưởng</option>
          <option value="THUA_LENH">Thừa lệnh (TL.) — trưởng phòng ký thừa lệnh</option>
          <option value="UY_QUYEN">Thừa ủy quyền (TUQ.) — ủy quyền bằng văn bản, có thời hạn</option>
        </select>
      </div>
      <Field name="validFrom" type="date" label="Từ ngày" required defaultValue={v.validFrom} errors={e.validFrom} />
      <Field name="validTo" type="date" label="Đến hết ngày" required defaultValue={v.validTo} errors={e.validTo} />
      <Field name="scope" label="Phạm vi (không bắt buộc)" defaultValue={v.scope} errors={e.scope} placeholder="Quyết định phê duyệt, không phê duyệt đề án khuyến công địa phương" />
      <SubmitButton>Ghi nhận ủy quyền</SubmitButton>
    </form>
  );
}

export function RevokeDelegationButton({ id }: { id: string }) {
  const [state, action] = useActionState(revokeDelegationAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="text-sm text-red-700 underline">Thu hồi</button>
      {state.message && !state.ok && <span className="ml-2 text-xs text-red-700">{state.message}</span>}
    </form>
  );
}
