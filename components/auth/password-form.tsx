"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/lib/session/account-actions";
import { initialFormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";

export function PasswordForm({ vi }: { vi: boolean }) {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field
        name="current"
        type="password"
        label={vi ? "Mật khẩu hiện tại" : "Current password"}
        autoComplete="current-password"
        errors={e.current}
        required
      />
      <Field
        name="next"
        type="password"
        label={vi ? "Mật khẩu mới" : "New password"}
        autoComplete="new-password"
        errors={e.next}
        required
        hint={
          vi
            ? "Tối thiểu 10 ký tự, không dùng mật khẩu phổ biến; nên dùng một cụm từ dễ nhớ."
            : "At least 10 characters, not a common password."
        }
      />
      <Field
        name="confirm"
        type="password"
        label={vi ? "Nhập lại mật khẩu mới" : "Repeat new password"}
        autoComplete="new-password"
        errors={e.confirm}
        required
      />
      <SubmitButton>{vi ? "Đổi mật khẩu" : "Change password"}</SubmitButton>
    </form>
  );
}
