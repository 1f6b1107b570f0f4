"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { anonymizeEstablishment } from "@/lib/privacy/mutations";
import { routes } from "@/lib/routes";
import { formatDate } from "@/lib/dates";
import { answerDataRequest, fileDataRequest } from "@/lib/privacy/requests";
import { markBreachStep, recordBreach, type BreachStep } from "@/lib/privacy/breaches";
import { libText } from "@/lib/i18n/lib-token";

export async function anonymizeEstablishmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("personalData.manage");
  return runAction(formData, async () => {
    await anonymizeEstablishment(actor, {
      establishmentId: String(formData.get("establishmentId") ?? ""),
      reason: String(formData.get("reason") ?? ""),
      confirm: formData.get("confirm") === "on",
    });
    revalidatePath(routes.admin.personalData);
    return {
      ok: true,
      message: libText("done.personalDataErased"),
    };
  });
}

export async function fileDataRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const r = await fileDataRequest(actor, {
      kind: String(formData.get("kind") ?? "") as "ACCESS",
      details: String(formData.get("details") ?? ""),
      establishmentId: formData.get("establishmentId") ? String(formData.get("establishmentId")) : undefined,
    });
    revalidatePath(routes.account.personalData);
    revalidatePath(routes.admin.personalDataRequests);
    return {
      ok: true,
      message: libText("done.privacyRequestReceived", { code: r.code, due: formatDate(r.dueAt) }),
    };
  });
}

export async function answerDataRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("personalData.manage");
  return runAction(formData, async () => {
    await answerDataRequest(actor, {
      id: String(formData.get("id") ?? ""),
      outcome: String(formData.get("outcome") ?? "") as "DONE",
      answer: String(formData.get("answer") ?? ""),
      confirm: formData.get("confirm") === "on",
    });
    revalidatePath(routes.admin.personalDataRequests);
    return { ok: true, message: libText("done.answerRecorded") };
  });
}

export async function recordBreachAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("personalData.manage");
  return runAction(formData, async () => {
    const b = await recordBreach(actor, {
      detectedAt: String(formData.get("detectedAt") ?? ""),
      description: String(formData.get("description") ?? ""),
      dataKinds: formData.getAll("dataKinds").map(String),
      subjectsAffected: String(formData.get("subjectsAffected") ?? ""),
      severity: String(formData.get("severity") ?? ""),
      measures: String(formData.get("measures") ?? ""),
    });
    revalidatePath(routes.admin.personalDataBreaches);
    return { ok: true, message: libText("done.breachRecorded", { code: b.code }) };
  });
}

export async function markBreachStepAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("personalData.manage");
  return runAction(formData, async () => {
    await markBreachStep(actor, String(formData.get("id") ?? ""), String(formData.get("step") ?? "") as BreachStep);
    revalidatePath(routes.admin.personalDataBreaches);
    return { ok: true, message: libText("done.recorded") };
  });
}
