"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { addSubscription, removeSubscription, savePreferences } from "@/lib/notifications/preferences";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const PAGE = routes.enterprise.alertSettings();

export async function savePreferencesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("proposal.viewOwn");
  return runAction(formData, async () => {
    await savePreferences(actor, {
      channels: formData.getAll("channels").map(String) as Array<"EMAIL" | "SMS" | "ZALO">,
      consent: formData.get("consent") === "on",
      closingReminderDays: String(formData.get("closingReminderDays") ?? "3"),
    });
    revalidatePath(PAGE);
    return { ok: true, message: libText("done.channelsSaved") };
  });
}

export async function addSubscriptionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("proposal.viewOwn");
  return runAction(formData, async () => {
    await addSubscription(actor, {
      communeId: String(formData.get("communeId") ?? ""),
      industry: String(formData.get("industry") ?? ""),
      activityCode: String(formData.get("activityCode") ?? ""),
    });
    revalidatePath(PAGE);
    return { ok: true, message: libText("done.subscribed") };
  });
}

export async function removeSubscriptionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("proposal.viewOwn");
  return runAction(formData, async () => {
    await removeSubscription(actor, String(formData.get("id") ?? ""));
    revalidatePath(PAGE);
    return { ok: true, message: libText("done.unsubscribed") };
  });
}
