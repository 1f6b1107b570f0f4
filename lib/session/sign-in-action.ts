"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { credentialsSchema } from "@/lib/auth/credentials";
import type { FormState } from "@/lib/form-state";
import { fieldErrorsOf } from "@/lib/validation";
import { DATABASE_DOWN } from "@/lib/action";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { reportDatabaseError } from "@/lib/resilience/db-state";
import { routes } from "@/lib/routes";

/** One message for a wrong password, an unknown account and a locked account (no account oracle). */
const SIGN_IN_FAILED =
  "Email/số điện thoại hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa do nhập sai nhiều lần.";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { identifier: String(formData.get("identifier") ?? "") };
  const otp = String(formData.get("otp") ?? "").trim();
  const parsed = credentialsSchema.safeParse({
    identifier: formData.get("identifier"),
    password: formData.get("password"),
    otp: otp || undefined,
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const next = String(formData.get("next") ?? "");
  try {
    // signIn() posts every key as text: an absent code must not travel as "undefined".
    const { otp: code, ...rest } = parsed.data;
    await signIn("credentials", {
      ...rest,
      ...(code ? { otp: code } : {}),
      redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : routes.afterSignIn,
    });
  } catch (e) {
    // The database is away: say so (not "wrong password", not ?error=Configuration); the server answers
    // 503 to what follows until it is back.
    if (isDatabaseUnavailable(e)) {
      reportDatabaseError();
      return { ok: false, values, message: DATABASE_DOWN };
    }
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      if (code === "otp")
        return {
          ok: false,
          values: { ...values, step: "otp" },
          message: "Nhập mã 6 số trong ứng dụng xác thực (hoặc một mã khôi phục).",
        };
      if (code === "otp-invalid")
        return {
          ok: false,
          values: { ...values, step: "otp" },
          fieldErrors: { otp: ["Mã xác thực không đúng hoặc đã dùng."] },
        };
      if (code === "throttled")
        return {
          ok: false,
          values,
          message: "Có quá nhiều lần đăng nhập không thành công từ địa chỉ mạng này. Vui lòng thử lại sau 15 phút.",
        };
      return { ok: false, values, message: SIGN_IN_FAILED };
    }
    throw e;
  }
  return { ok: true };
}
