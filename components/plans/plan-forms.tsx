"use client";

import { useActionState } from "react";
import { addBatchAction, createPlanAction, removeFromPlanAction, setEnvelopeAction } from "@/lib/plans/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const FUNDS = [{ v: "KCDP", l: "Khuyến công địa phương" }, { v: "KCQG", l: "Khuyến công quốc gia" }];

function FundSelect({ id, value }: { id: string; value?: string }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-semibold">Nguồn kinh phí</label>
      <select id={id} name="fund" defaultValue={value ?? "KCDP"} className={inputClass}>{FUNDS.map((f) => <option key={f.v} value={f.v}>{f.l}</option>)}</select>
    </div>
  );
}

export function EnvelopeForm({ year }: { year: number }) {
  const [state, action] = useActionState(setEnvelopeAction, initialFormState);
  const v = state.values ?? {};
  return (
    <form action={action}>
      <FormMessage state={state} />
      <Field name="year" id="env-year" label="Năm" type="number" defaultValue={v.year ?? year} errors={state.fieldErrors?.year} />
      <FundSelect id="env-fund" value={v.fund} />
      <Field name="amount" label="Hạn mức (dự toán được giao)" placeholder="ví dụ: 2,5 tỷ" defaultValue={v.amount} errors={state.fieldErrors?.amount} required />
      <Field name="source" label="Căn cứ (số quyết định giao dự toán)" defaultValue={v.source} errors={state.fieldErrors?.source} />
      <SubmitButton variant="secondary">Lưu hạn mức</SubmitButton>
    </form>
  );
}

export function CreatePlanForm({ year }: { year: number }) {
  const [state, action] = useActionState(createPlanAction, initialFormState);
  const v = state.values ?? {};
  return (
    <form action={action}>
      <FormMessage state={state} />
      <Field name="year" id="plan-year" label="Năm" type="number" defaultValue={v.year ?? year} errors={state.fieldErrors?.year} />
      <FundSelect id="plan-fund" value={v.fund} />
      <Field name="name" label="Tên kế hoạch (để trống sẽ tự đặt)" defaultValue={v.name} errors={state.fieldErrors?.name} />
      <SubmitButton>Tạo kế hoạch</SubmitButton>
    </form>
  );
}

export function AddBatchForm({ planId }: { planId: string }) {
  const [state, action] = useActionState(addBatchAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="planId" value={planId} />
      <div className="grow"><Field name="name" label="Thêm đợt" placeholder="Đợt 2" errors={state.fieldErrors?.name} /></div>
      <div className="mb-4"><SubmitButton variant="secondary">Thêm</SubmitButton></div>
      <div className="w-full"><FormMessage state={state} /></div>
    </form>
  );
}

export function RemoveFromPlanButton({ planId, proposalId }: { planId: string; proposalId: string }) {
  const [state, action] = useActionState(removeFromPlanAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <button type="submit" className="text-sm text-red-700 underline">Bỏ khỏi kế hoạch</button>
      {!state.ok && state.message && <p className="text-xs text-red-700">{state.message}</p>}
    </form>
  );
}
