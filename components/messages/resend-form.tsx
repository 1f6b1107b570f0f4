"use client";

import { useActionState } from "react";
import { resendOutboxAction } from "@/lib/notifications/actions";
import { initialFormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";

export function ResendForm({ id, locale }: { id: string; locale: Locale }) {
  const vi = locale === "vi";
  const [state, action, pending] = useActionState(resendOutboxAction, initialFormState);
  return (
    <form action={action} className="text-sm">
      <input type="hidden" name="ids" value={id} />
      <button type="submit" disabled={pending} className="underline">
        {pending ? (vi ? "Đang gửi…" : "Sending…") : vi ? "Gửi lại" : "Resend"}
      </button>
      {state.message && (
        <span className="ml-2" role="status">
          {state.message}
        </span>
      )}
    </form>
  );
}
