"use client";

import { useActionState } from "react";
import { addToPlanAction, approvePlanAction } from "@/lib/plans/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmSubmit } from "@/components/decisions/confirm-submit";

type Candidate = { id: string; code: string | null; title: string; establishmentName: string | null; requested: string };

/** Recommended đề án not yet in the plan: tick and add them to a batch. */
export function AddCandidatesForm({ planId, candidates, batches }: { planId: string; candidates: Candidate[]; batches: Array<{ id: string; name: string }> }) {
  const [state, action] = useActionState(addToPlanAction, initialFormState);
  if (candidates.length === 0) return <p className="text-sm text-slate-600">Không có đề án nào đã được đề nghị hỗ trợ mà chưa vào kế hoạch.</p>;
  return (
    <form action={action} className="space-y-2" data-testid="add-candidates">
      <FormMessage state={state} />
      <input type="hidden" name="planId" value={planId} />
      <ul className="divide-y divide-slate-100">
        {candidates.map((c) => (
          <li key={c.id}><label className="flex min-h-11 items-center gap-3 py-1 text-sm">
            <input type="checkbox" name="proposalIds" value={c.id} className="h-5 w-5" />
            <span className="grow">{c.title}<span className="block text-xs text-slate-600">{c.code} · {c.establishmentName}</span></span>
            <span className="tabular-nums">{c.requested}</span>
          </label></li>
        ))}
      </ul>
      <label htmlFor="batchId" className="block text-sm font-semibold">Vào đợt</label>
      <select id="batchId" name="batchId" className={inputClass}>{batches.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}</select>
      <SubmitButton>Đưa vào kế hoạch</SubmitButton>
    </form>
  );
}

/** The province's decision number and date approve the plan and every đề án waiting in it. */
export function ApprovePlanForm({ planId, pending, delegations, mayApproveDirectly, fits }: {
  planId: string; pending: number; delegations: Array<{ id: string; label: string }>; mayApproveDirectly: boolean; fits: boolean;
}) {
  const [state, action] = useActionState(approvePlanAction, initialFormState);
  const v = state.values ?? {};
  return (
    <form action={action} data-testid="approve-plan">
      <FormMessage state={state} />
      <input type="hidden" name="planId" value={planId} />
      <Field name="decisionNo" label="Số quyết định phê duyệt của UBND tỉnh" placeholder="427/QĐ-UBND" required defaultValue={v.decisionNo} errors={state.fieldErrors?.decisionNo} />
      <Field name="decisionDate" label="Ngày quyết định" type="date" required defaultValue={v.decisionDate} errors={state.fieldErrors?.decisionDate} />
      {delegations.length > 0 && (
        <div className="mb-4">
          <label htmlFor="plan-delegation" className="block text-sm font-semibold">Ký với tư cách</label>
          <select id="plan-delegation" name="delegationId" className={inputClass} defaultValue={v.delegationId ?? (mayApproveDirectly ? "" : delegations[0]?.id)}>
            {mayApproveDirectly && <option value="">Ký trực tiếp</option>}
            {delegations.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
          </select>
        </div>
      )}
      {!fits && <p className="mb-2 text-sm font-semibold text-red-700">Tổng đề nghị vượt hạn mức còn lại: hệ thống sẽ từ chối phê duyệt.</p>}
      <ConfirmSubmit title="Phê duyệt kế hoạch?" body={<p>{pending} đề án đang chờ sẽ được phê duyệt và cam kết vào hạn mức kinh phí. Không thể hoàn tác.</p>}>Phê duyệt kế hoạch</ConfirmSubmit>
    </form>
  );
}
