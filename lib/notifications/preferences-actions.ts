"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { addSubscription, removeSubscription, savePreferences } from "@/lib/notifications/preferences";
import { routes } from "@/lib/routes";

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
    return { ok: true, message: "Đã lưu cách nhận thông báo. Thay đổi có hiệu lực ngay, kể cả với tin đang chờ gửi." };
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
    return { ok: true, message: "Đã đăng ký nhận tin về đợt nhận đề án mới." };
  });
}

export async function removeSubscriptionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("proposal.viewOwn");
  return runAction(formData, async () => {
    await removeSubscription(actor, String(formData.get("id") ?? ""));
    revalidatePath(PAGE);
    return { ok: true, message: "Đã hủy đăng ký." };
  });
}
