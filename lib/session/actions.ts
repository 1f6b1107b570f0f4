"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale") === "en" ? "en" : "vi";
  const back = String(formData.get("back") ?? "/");
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  redirect(back.startsWith("/") && !back.startsWith("//") ? back : "/");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
