"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { formatDate } from "@/lib/dates";
import { claimEstablishment, issueClaimCode } from "@/lib/establishments/claims";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

/** Staff: a claim code for the owner of an establishment registered at the desk, shown once on the page. */
export async function issueClaimCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(null, async () => {
    const { code, expiresAt } = await issueClaimCode(actor, String(formData.get("establishmentId") ?? ""));
    return {
      ok: true,
      message: libText("done.claimCode", { code, until: formatDate(expiresAt) }),
    };
  });
}

/** The owner, signed in with an account of their own, takes over the establishment with the officer's code. */
export async function claimEstablishmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runAction(formData, async () => {
    await claimEstablishment(actor, { taxCode: formData.get("taxCode"), code: formData.get("code") });
    return { ok: true };
  });
  if (!state.ok) return state;
  revalidatePath(routes.enterprise.home, "layout");
  redirect(routes.enterprise.home);
}
