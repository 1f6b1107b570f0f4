"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { addBatch, addToPlan, createPlan, removeFromPlan, setEnvelope } from "@/lib/plans/mutations";
import { approvePlan } from "@/lib/plans/approve";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const str = (f: FormData, k: string) => String(f.get(k) ?? "");
const fields = (f: FormData) =>
  Object.fromEntries([...f.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")));

export async function setEnvelopeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await setEnvelope(actor, fields(formData));
    revalidatePath(routes.staff.plans, "layout");
    return { ok: true, message: libText("done.envelopeSaved") };
  });
}

export async function createPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let id: string | null = null;
  const state = await runAction(formData, async () => {
    id = (await createPlan(actor, fields(formData))).id;
    revalidatePath(routes.staff.plans);
    return { ok: true, message: libText("done.planCreated") };
  });
  if (state.ok && id) redirect(routes.staff.plan(id));
  return state;
}

export async function addBatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await addBatch(actor, fields(formData));
    revalidatePath(routes.staff.plan(str(formData, "planId")));
    return { ok: true, message: libText("done.roundAdded") };
  });
}

export async function addToPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const proposalIds = formData.getAll("proposalIds").map(String);
    await addToPlan(actor, { planId: str(formData, "planId"), proposalIds, batchId: str(formData, "batchId") });
    revalidatePath(routes.staff.plan(str(formData, "planId")));
    return { ok: true, message: libText("done.addedToPlan", { count: proposalIds.length }) };
  });
}

export async function removeFromPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await removeFromPlan(actor, fields(formData));
    revalidatePath(routes.staff.plan(str(formData, "planId")));
    return { ok: true, message: libText("done.removedFromPlan") };
  });
}

export async function approvePlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const { count } = await approvePlan(actor, fields(formData));
    revalidatePath(routes.staff.plan(str(formData, "planId")));
    revalidatePath(routes.staff.dossiers);
    return { ok: true, message: libText("done.planApproved", { count }) };
  });
}
