"use client";

import { useActionState } from "react";
import { retryDeliveryAction } from "@/lib/notifications/actions";
import { initialFormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

export function RetryDeliveryForm({ id, locale }: { id: string; locale: Locale }) {
  const t = useTranslations("app.quanTri.hopThu.retryForm");
  const vi = locale === "vi";
  const [state, action, pending] = useActionState(retryDeliveryAction, initialFormState);
  return (
    <form action={action} className="text-sm">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="underline">
        {pending ? t("queueing") : t("retry")}
      </button>
      {state.message && (
        <span className="ml-2" role="status">
          {state.message}
        </span>
      )}
    </form>
  );
}
