"use client";

import { useActionState } from "react";
import Link from "next/link";
import { registerAccountAction } from "@/lib/establishments/actions";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";

/** Self-registration, step 1: email or phone + password. */
export function AccountForm() {
  const [state, action] = useActionState(registerAccountAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <FormMessage state={state} />
      <Field name="name" label="Họ và tên người đăng ký" autoComplete="name" defaultValue={v.name} errors={e.name} required />
      <Field name="identifier" label="Email hoặc số điện thoại" autoComplete="username" inputMode="email" defaultValue={v.identifier} errors={e.identifier}
        hint="Dùng để đăng nhập và nhận thông báo về hồ sơ." required />
      <Field name="password" type="password" label="Mật khẩu" autoComplete="new-password" errors={e.password} hint="Tối thiểu 8 ký tự, có cả chữ và số." required />
      <Field name="confirm" type="password" label="Nhập lại mật khẩu" autoComplete="new-password" errors={e.confirm} required />
      <div className="mb-4">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="agree" className="mt-1 h-5 w-5" defaultChecked={v.agree === "on"} aria-describedby="f-agree-error" />
          <span>Tôi đồng ý để Sở Công Thương lưu và xử lý thông tin đăng ký nhằm tiếp nhận, giải quyết hồ sơ khuyến công.</span>
        </label>
        <p id="f-agree-error" aria-live="polite" className="mt-1 text-sm text-red-700">{e.agree?.join(" ")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Đang tạo tài khoản…">Tạo tài khoản và tiếp tục</SubmitButton>
        <Link href="/dang-nhap" className="text-sm underline">Đã có tài khoản? Đăng nhập</Link>
      </div>
    </form>
  );
}
