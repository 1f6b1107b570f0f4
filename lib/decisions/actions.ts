"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { ValidationError } from "@/lib/errors";
import { approveProposal, rejectProposal, returnProposal } from "@/lib/decisions/mutations";
import { createDelegation, revokeDelegation } from "@/lib/decisions/delegations";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const str = (f: FormData, k: string) => String(f.get(k) ?? "");

/** One form, three decisions (approve / reject / return), each with its mandatory reason. */
export async function decideAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const proposalId = str(formData, "proposalId");
  const kind = str(formData, "decision");
  const state = await runAction(formData, async () => {
    const base = { proposalId, reason: str(formData, "reason"), delegationId: str(formData, "delegationId") };
    let number: string;
    if (kind === "approve")
      number = (await approveProposal(actor, { ...base, approvedSupport: str(formData, "approvedSupport") })).number;
    else if (kind === "reject") number = (await rejectProposal(actor, base)).number;
    else if (kind === "return")
      number = (
        await returnProposal(actor, { ...base, items: str(formData, "items"), deadline: str(formData, "deadline") })
      ).number;
    else throw new ValidationError({ decision: [libText("validation.chooseADecision")] });
    revalidatePath(routes.staff.dossier(proposalId));
    revalidatePath(routes.staff.dossiers);
    revalidatePath(routes.staff.plans, "layout");
    revalidatePath(routes.enterprise.dossier(proposalId));
    return { ok: true, message: libText("done.decided", { kind, number }) };
  });
  // The decision form disappears with the status change: the page says what happened (?xong=…).
  if (state.ok && actor.role === "MINISTRY_VIEWER") {
    revalidatePath(routes.ministry.decisions());
    const year = /^\d{4}$/.test(str(formData, "planYear")) ? str(formData, "planYear") : null;
    redirect(routes.ministry.decisions({ xong: kind, nam: year }));
  }
  if (state.ok) redirect(routes.staff.dossier(proposalId, { xong: kind }));
  return state;
}

export async function createDelegationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await createDelegation(actor, Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));
    revalidatePath(routes.delegations);
    return { ok: true, message: libText("done.delegationRecorded") };
  });
}

export async function revokeDelegationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await revokeDelegation(actor, str(formData, "id"));
    revalidatePath(routes.delegations);
    return { ok: true, message: libText("done.delegationRevoked") };
  });
}
