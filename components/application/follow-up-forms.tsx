"use client";

import { useActionState, useState } from "react";
import { resubmitAction, withdrawAction } from "@/lib/applications/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

/** Withdraw before appraisal, with a reason and a confirmation step. */
export function WithdrawForm({ proposalId, establishmentId }: { proposalId: string; establishmentId?: string }) {
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(withdrawAction, initialFormState);
  if (!open) return <Button type="button" variant="secondary" onClick={() => setOpen(true)}>Rút hồ sơ…</Button>;
  return (
    <form action={action} noValidate className="rounded-lg border border-red-300 bg-red-50 p-4">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {establishmentId && <input type="hidden" name="establishmentId" value={establishmentId} />}
      <Field name="reason" label="Lý do rút hồ sơ" errors={state.fieldErrors?.reason}>
        <textarea id="f-reason" name="reason" rows={3} className={inputClass} defaultValue={state.values?.reason} aria-invalid={Boolean(state.fieldErrors?.reason)} aria-describedby="f-reason-error" />
      </Field>
      <p className="mb-3 text-sm">Hồ sơ đã rút sẽ không được xét tiếp. Bạn có thể lập hồ sơ mới sau.</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pendingText="Đang rút…">Xác nhận rút hồ sơ</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Hủy</Button>
      </div>
    </form>
  );
}

/** After a return: describe what was supplemented, then resubmit (RETURNED → RESUBMITTED). */
export function ResubmitForm({ proposalId, establishmentId }: { proposalId: string; establishmentId?: string }) {
  const [state, action] = useActionState(resubmitAction, initialFormState);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {establishmentId && <input type="hidden" name="establishmentId" value={establishmentId} />}
      <Field name="note" label="Nội dung đã bổ sung, giải trình" errors={state.fieldErrors?.note}>
        <textarea id="f-note" name="note" rows={3} className={inputClass} defaultValue={state.values?.note} aria-invalid={Boolean(state.fieldErrors?.note)} aria-describedby="f-note-error" />
      </Field>
      <SubmitButton pendingText="Đang nộp bổ sung…">Nộp bổ sung</SubmitButton>
    </form>
  );
}
