"use client";

import { useActionState } from "react";
import { lookupAction, type LookupState } from "@/lib/applications/actions";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { formatDate } from "@/lib/dates";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { Badge } from "@/components/ui/badge";
import { StatusTimeline } from "@/components/timeline/status-timeline";

const initial: LookupState = { ok: false };

/** Public look-up by dossier code: status and dates only. */
export function LookupForm({ defaultCode }: { defaultCode: string }) {
  const [state, action] = useActionState(lookupAction, initial);
  const r = state.result;
  return (
    <div>
      <form action={action} noValidate className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <FormMessage state={state.ok ? { ok: false } : state} />
        <Field name="code" label="Mã hồ sơ" defaultValue={state.values?.code ?? defaultCode} errors={state.fieldErrors?.code}
          placeholder="000.00.20.H45-251120-0001" autoCapitalize="characters" spellCheck={false} hint="In trên giấy tiếp nhận hồ sơ." />
        <SubmitButton pendingText="Đang tra cứu…">Tra cứu</SubmitButton>
      </form>
      {r && !r.found && <p role="status" className="mt-4 rounded-md bg-amber-50 p-3 text-amber-900" data-testid="lookup-result">Không tìm thấy hồ sơ có mã này. Vui lòng kiểm tra lại mã trên giấy tiếp nhận.</p>}
      {r?.found && (
        <section className="mt-4 rounded-lg border border-slate-200 bg-white p-5" data-testid="lookup-result" aria-live="polite">
          <h2 className="text-lg font-semibold">Hồ sơ <span className="tabular-nums">{r.code}</span></h2>
          <p className="mt-2">Tình trạng: <Badge tone={STATUS_INFO[r.status].tone}>{STATUS_INFO[r.status].label.vi}</Badge></p>
          <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-600">Ngày nộp</dt><dd>{formatDate(r.submittedAt)}</dd>
            <dt className="text-slate-600">Cập nhật gần nhất</dt><dd>{formatDate(r.updatedAt)}</dd>
            {r.decidedAt && <><dt className="text-slate-600">Ngày quyết định</dt><dd>{formatDate(r.decidedAt)}</dd></>}
          </dl>
          <h3 className="mb-2 mt-4 font-semibold">Các bước xử lý</h3>
          <StatusTimeline items={r.steps.map((s) => ({ at: s.at, toStatus: s.status }))} />
        </section>
      )}
    </div>
  );
}
