"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { credentialsSchema } from "@/lib/auth/credentials";
import type { FormState } from "@/lib/form-state";
import { fieldErrorsOf } from "@/lib/validation";
import { DATABASE_DOWN, localizeState, visitorLocale } from "@/lib/action";
import { libText } from "@/lib/i18n/lib-token";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { reportDatabaseError } from "@/lib/resilience/db-state";
import { routes } from "@/lib/routes";

/** One message for a wrong password, an unknown account and a locked account (no account oracle). */
const SIGN_IN_FAILED = libText("errors.signInFailed");

/** Signs in; every message in the visitor's language. */
export async function signInAction(prev: FormState, formData: FormData): Promise<FormState> {
  const state = await attemptSignIn(prev, formData);
  return localizeState(state, await visitorLocale());
}

async function attemptSignIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { identifier: String(formData.get("identifier") ?? "") };
  const otp = String(formData.get("otp") ?? "").trim();
  const parsed = credentialsSchema.safeParse({
    identifier: formData.get("identifier"),
    password: formData.get("password"),
    otp: otp || undefined,
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, await visitorLocale()), values };
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
          message: libText("validation.enterTotp"),
        };
      if (code === "otp-invalid")
        return {
          ok: false,
          values: { ...values, step: "otp" },
          fieldErrors: { otp: [libText("errors.otpInvalid")] },
        };
      if (code === "throttled")
        return {
          ok: false,
          values,
          message: libText("errors.tooManySignIns"),
        };
      return { ok: false, values, message: SIGN_IN_FAILED };
    }
    throw e;
  }
  return { ok: true };
}
