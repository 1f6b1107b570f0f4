"use client";

import { useActionState } from "react";
import { markReadAction } from "@/lib/notifications/actions";
import { initialFormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale } from "@/lib/i18n/locale";

export function MarkReadForm({ locale }: { locale: Locale }) {
  const [, action] = useActionState(markReadAction, initialFormState);
  return (
    <form action={action}>
      <SubmitButton locale={locale} variant="secondary">
        {locale === "vi" ? "Đánh dấu đã đọc tất cả" : "Mark all as read"}
      </SubmitButton>
    </form>
  );
}
