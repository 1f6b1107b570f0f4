"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/lib/session/account-actions";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useTranslations } from "next-intl";

export function PasswordForm({ vi }: { vi: boolean }) {
  const t = useTranslations("components.auth.passwordForm");
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field
        name="current"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        errors={e.current}
        required
      />
      <Field
        name="next"
        type="password"
        label={t("newPassword")}
        autoComplete="new-password"
        errors={e.next}
        required
        hint={t("atLeast10CharactersNot")}
      />
      <Field
        name="confirm"
        type="password"
        label={t("repeatNewPassword")}
        autoComplete="new-password"
        errors={e.confirm}
        required
      />
      <SubmitButton>{t("changePassword")}</SubmitButton>
    </form>
  );
}
