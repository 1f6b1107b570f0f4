"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { credentialsSchema } from "@/lib/auth/credentials";
import type { FormState } from "@/lib/form-state";
import { fieldErrorsOf } from "@/lib/validation";
import { DATABASE_DOWN } from "@/lib/action";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { reportDatabaseError } from "@/lib/resilience/db-state";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { identifier: String(formData.get("identifier") ?? "") };
  const parsed = credentialsSchema.safeParse({ identifier: formData.get("identifier"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const next = String(formData.get("next") ?? "");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/sau-dang-nhap" });
  } catch (e) {
    // The database is away: say so (not "wrong password", not ?error=Configuration); the server answers
    // 503 to what follows until it is back.
    if (isDatabaseUnavailable(e)) {
      reportDatabaseError();
      return { ok: false, values, message: DATABASE_DOWN };
    }
    if (e instanceof AuthError) {
      const locked = (e as AuthError & { code?: string }).code === "locked";
      return {
        ok: false,
        values,
        message: locked
          ? "Tài khoản tạm khóa 15 phút do nhập sai mật khẩu nhiều lần."
          : "Email/số điện thoại hoặc mật khẩu không đúng.",
      };
    }
    throw e;
  }
  return { ok: true };
}
