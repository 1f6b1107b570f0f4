"use client";

import { useActionState, useState } from "react";
import { signInAction } from "@/lib/session/sign-in-action";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

// Two steps for an official with an authenticator: the password stays in this component's state (never
// echoed by the server) and is sent again with the code.
export function SignInForm({ locale, next }: { locale: Locale; next: string }) {
  const t = useTranslations("components.auth.signInForm");
  const [state, action] = useActionState(signInAction, initialFormState);
  const [identifier, setIdentifier] = useState("");
  const [password, setPassword] = useState("");
  const vi = locale === "vi";
  const askCode = state.values?.step === "otp";
  return (
    <form
      action={(fd: FormData) => {
        // The typed values come from state: a form reset after the first step must not lose the password.
        fd.set("identifier", identifier);
        fd.set("password", password);
        action(fd);
      }}
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      noValidate
    >
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="identifier"
        label={t("eMailOrPhone")}
        autoComplete="username"
        value={identifier}
        onChange={(e) => setIdentifier(e.target.value)}
        errors={state.fieldErrors?.identifier}
        required
      />
      <Field
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        errors={state.fieldErrors?.password}
        required
      />
      {askCode && (
        <Field
          name="otp"
          label={t("authenticationCode")}
          autoComplete="one-time-code"
          inputMode="numeric"
          autoFocus
          hint={t("the6DigitCodeOf")}
          errors={state.fieldErrors?.otp}
          required
        />
      )}
      <SubmitButton pendingText={t("signingIn")}>{t("signIn")}</SubmitButton>
    </form>
  );
}
