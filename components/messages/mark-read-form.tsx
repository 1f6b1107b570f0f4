"use client";

import { useActionState } from "react";
import { markReadAction } from "@/lib/notifications/actions";
import { initialFormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

export function MarkReadForm({ locale }: { locale: Locale }) {
  const t = useTranslations("components.messages.markReadForm");
  const [, action] = useActionState(markReadAction, initialFormState);
  return (
    <form action={action}>
      <SubmitButton locale={locale} variant="secondary">
        {t("markAllAsRead")}
      </SubmitButton>
    </form>
  );
}
