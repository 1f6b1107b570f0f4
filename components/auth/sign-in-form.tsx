"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/session/sign-in-action";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import type { Locale } from "@/lib/i18n/locale";

export function SignInForm({ locale, next }: { locale: Locale; next: string }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  const vi = locale === "vi";
  return (
    <form action={action} className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="identifier" label={vi ? "Email hoặc số điện thoại" : "E-mail or phone"} autoComplete="username"
        defaultValue={state.values?.identifier} errors={state.fieldErrors?.identifier} required />
      <Field name="password" type="password" label={vi ? "Mật khẩu" : "Password"} autoComplete="current-password"
        errors={state.fieldErrors?.password} required />
      <SubmitButton pendingText={vi ? "Đang đăng nhập…" : "Signing in…"}>{vi ? "Đăng nhập" : "Sign in"}</SubmitButton>
    </form>
  );
}
