"use client";

import { useActionState } from "react";
import Link from "next/link";
import { registerAccountAction } from "@/lib/establishments/actions";
import { initialFormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

/** Self-registration, step 1: email or phone + password. */
export function AccountForm({ locale = "vi" }: { locale?: Locale }) {
  const t = useTranslations("components.establishment.accountForm");
  const [state, action] = useActionState(registerAccountAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <ValidatedForm action={action} state={state} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <FormMessage state={state} />
      <Field
        name="name"
        label={t("fullNameOfTheRegistrant")}
        autoComplete="name"
        defaultValue={v.name}
        errors={e.name}
        required
      />
      <Field
        name="identifier"
        label={t("emailOrPhoneNumber")}
        autoComplete="username"
        inputMode="email"
        defaultValue={v.identifier}
        errors={e.identifier}
        hint={t("usedToSignInAnd")}
        required
      />
      <Field
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        errors={e.password}
        hint={t("atLeast10CharactersNot")}
        required
      />
      <Field
        name="confirm"
        type="password"
        label={t("repeatThePassword")}
        autoComplete="new-password"
        errors={e.confirm}
        required
      />
      <div className="mb-4">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="agree"
            className="mt-1 h-5 w-5"
            defaultChecked={v.agree === "on"}
            aria-describedby="f-agree-error"
          />
          <span>{t("iAgreeThatTheDepartment")}</span>
        </label>
        <p id="f-agree-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {e.agree?.join(" ")}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText={t("creatingTheAccount")}>{t("createAccountAndContinue")}</SubmitButton>
        <Link href="/dang-nhap" className="text-sm underline">
          {t("alreadyHaveAnAccountSign")}
        </Link>
      </div>
    </ValidatedForm>
  );
}
