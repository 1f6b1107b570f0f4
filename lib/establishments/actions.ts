"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { requireActor } from "@/lib/auth/session";
import { runAction, localizeState, visitorLocale } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import {
  createOwnEstablishment,
  registerAccount,
  registerAssisted,
  updateAssisted,
  updateOwnEstablishment,
} from "@/lib/establishments/mutations";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

function fields(formData: FormData): Record<string, unknown> {
  return Object.fromEntries(
    [...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$ACTION")),
  );
}

/** Step 1 of self-registration; then signs the new account in and continues to the establishment profile. */
export async function registerAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let login = "";
  const state = await runAction(formData, async () => {
    login = (await registerAccount(fields(formData))).login;
    return { ok: true };
  });
  if (!state.ok) return { ...state, values: { ...state.values, password: "", confirm: "" } };
  try {
    await signIn("credentials", {
      identifier: login,
      password: String(formData.get("password") ?? ""),
      redirectTo: routes.registerEstablishment,
    });
  } catch (e) {
    if (e instanceof AuthError)
      return localizeState({ ok: false, message: libText("done.accountCreatedSignIn") }, await visitorLocale());
    throw e;
  }
  return { ok: true };
}

export async function createEstablishmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runAction(formData, async () => {
    await createOwnEstablishment(actor, fields(formData));
    return { ok: true };
  });
  if (!state.ok) return state;
  revalidatePath(routes.enterprise.home, "layout");
  redirect(routes.enterprise.welcome);
}

export async function updateEstablishmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await updateOwnEstablishment(actor, fields(formData));
    revalidatePath(routes.enterprise.home, "layout");
    return { ok: true, message: libText("done.establishmentSaved") };
  });
}

export async function registerAssistedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let id = "";
  const state = await runAction(formData, async () => {
    id = await registerAssisted(actor, fields(formData));
    return { ok: true };
  });
  if (!state.ok) return { ...state, values: { ...state.values, accountPassword: "" } };
  redirect(routes.staff.assistedEstablishment(id, { moi: 1 }));
}

export async function updateAssistedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await updateAssisted(actor, String(formData.get("establishmentId") ?? ""), fields(formData));
    revalidatePath(routes.staff.assisted, "layout");
    return { ok: true, message: libText("done.establishmentSaved") };
  });
}
