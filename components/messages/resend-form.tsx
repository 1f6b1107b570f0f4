"use client";

import { useActionState } from "react";
import { resendOutboxAction } from "@/lib/notifications/actions";
import { initialFormState } from "@/lib/form-state";

export function ResendForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(resendOutboxAction, initialFormState);
  return (
    <form action={action} className="text-sm">
      <input type="hidden" name="ids" value={id} />
      <button type="submit" disabled={pending} className="underline">{pending ? "Đang gửi…" : "Gửi lại"}</button>
      {state.message && <span className="ml-2" role="status">{state.message}</span>}
    </form>
  );
}
