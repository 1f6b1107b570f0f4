"use client";

import { useActionState } from "react";
import { resendOutboxAction } from "@/lib/notifications/actions";
import { initialFormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

export function ResendForm({ id, locale }: { id: string; locale: Locale }) {
  const t = useTranslations("components.messages.resendForm");
  const vi = locale === "vi";
  const [state, action, pending] = useActionState(resendOutboxAction, initialFormState);
  return (
    <form action={action} className="text-sm">
      <input type="hidden" name="ids" value={id} />
      <button type="submit" disabled={pending} className="underline">
        {pending ? t("sending") : t("resend")}
      </button>
      {state.message && (
        <span className="ml-2" role="status">
          {state.message}
        </span>
      )}
    </form>
  );
}
