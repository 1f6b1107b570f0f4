"use client";

import { useActionState } from "react";
import { postMessageAction } from "@/lib/messages/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

export function MessageForm({
  proposalId,
  canMessage,
  canNote,
  locale,
}: {
  proposalId: string;
  canMessage: boolean;
  canNote: boolean;
  locale: Locale;
}) {
  const t = useTranslations("components.messages.messageForm");
  const [state, action] = useActionState(postMessageAction, initialFormState);
  const id = `msg-${proposalId}`;
  return (
    <ValidatedForm action={action} state={state} className="mt-3 space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <Field name="body" id={id} label={canMessage ? t("message") : t("internalNote")} errors={state.fieldErrors?.body}>
        <textarea
          id={id}
          name="body"
          rows={3}
          required
          className={inputClass}
          defaultValue={state.ok ? "" : state.values?.body}
        />
      </Field>
      {canMessage && canNote && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="internal" value="1" /> {t("internalNoteNotVisibleTo")}
        </label>
      )}
      {!canMessage && canNote && <input type="hidden" name="internal" value="1" />}
      <SubmitButton locale={locale} variant="secondary">
        {t("send")}
      </SubmitButton>
    </ValidatedForm>
  );
}
