"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { formatDate } from "@/lib/dates";
import { claimEstablishment, issueClaimCode } from "@/lib/establishments/claims";
import { routes } from "@/lib/routes";

/** Staff: a claim code for the owner of an establishment registered at the desk, shown once on the page. */
export async function issueClaimCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(null, async () => {
    const { code, expiresAt } = await issueClaimCode(actor, String(formData.get("establishmentId") ?? ""));
    return {
      ok: true,
      message: `Mã nhận tài khoản: ${code} — dùng được một lần, đến hết ngày ${formatDate(expiresAt)}. Đưa hoặc đọc mã cho chủ cơ sở; cổng không lưu mã và không hiện lại (mã cũ, nếu có, đã hết hiệu lực).`,
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
