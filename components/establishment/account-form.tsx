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

/** Self-registration, step 1: email or phone + password. */
export function AccountForm({ locale = "vi" }: { locale?: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(registerAccountAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <ValidatedForm action={action} state={state} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <FormMessage state={state} />
      <Field
        name="name"
        label={t("Họ và tên người đăng ký", "Full name of the registrant")}
        autoComplete="name"
        defaultValue={v.name}
        errors={e.name}
        required
      />
      <Field
        name="identifier"
        label={t("Email hoặc số điện thoại", "Email or phone number")}
        autoComplete="username"
        inputMode="email"
        defaultValue={v.identifier}
        errors={e.identifier}
        hint={t(
          "Dùng để đăng nhập và nhận thông báo về hồ sơ.",
          "Used to sign in and to receive notices about your dossiers.",
        )}
        required
      />
      <Field
        name="password"
        type="password"
        label={t("Mật khẩu", "Password")}
        autoComplete="new-password"
        errors={e.password}
        hint={t(
          "Tối thiểu 10 ký tự, không dùng mật khẩu phổ biến; nên dùng một cụm từ dễ nhớ.",
          "At least 10 characters, not a common password; a memorable phrase works well.",
        )}
        required
      />
      <Field
        name="confirm"
        type="password"
        label={t("Nhập lại mật khẩu", "Repeat the password")}
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
          <span>
            {t(
              "Tôi đồng ý để Sở Công Thương lưu và xử lý thông tin đăng ký nhằm tiếp nhận, giải quyết hồ sơ khuyến công.",
              "I agree that the Department of Industry and Trade stores and processes my registration details to receive and handle industrial promotion dossiers.",
            )}
          </span>
        </label>
        <p id="f-agree-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {e.agree?.join(" ")}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText={t("Đang tạo tài khoản…", "Creating the account…")}>
          {t("Tạo tài khoản và tiếp tục", "Create account and continue")}
        </SubmitButton>
        <Link href="/dang-nhap" className="text-sm underline">
          {t("Đã có tài khoản? Đăng nhập", "Already have an account? Sign in")}
        </Link>
      </div>
    </ValidatedForm>
  );
}
