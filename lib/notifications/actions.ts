"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { markNotificationsRead, resendOutbox, retryDelivery } from "@/lib/notifications/mutations";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

export async function markReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await markNotificationsRead(actor);
    revalidatePath(routes.notifications);
    return { ok: true, message: libText("done.allRead") };
  });
}

export async function resendOutboxAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const ids = formData.getAll("ids").map(String).filter(Boolean);
    await resendOutbox(actor, ids);
    revalidatePath(routes.admin.outbox);
    return { ok: true, message: libText("done.mailResent", { count: ids.length }) };
  });
}

export async function retryDeliveryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await retryDelivery(actor, String(formData.get("id") ?? ""));
    revalidatePath(routes.admin.outbox);
    return { ok: true, message: libText("done.requeued") };
  });
}
