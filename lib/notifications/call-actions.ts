"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import { ValidationError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { openCall } from "@/lib/notifications/calls";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Opens a call for proposals (đợt): from the start of its first day to the end of its last, Vietnam time. */
export async function openCallAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("plan.compose");
  return runAction(formData, async () => {
    const opens = String(formData.get("opensAt") ?? "");
    const closes = String(formData.get("closesAt") ?? "");
    const errors: Record<string, string[]> = {};
    if (!DAY.test(opens)) errors.opensAt = ["Chọn ngày bắt đầu nhận đề án."];
    if (!DAY.test(closes)) errors.closesAt = ["Chọn ngày kết thúc nhận đề án."];
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const list = (name: string) => formData.getAll(name).map(String).filter(Boolean);
    await openCall(actor, {
      name: String(formData.get("name") ?? ""),
      opensAt: new Date(`${opens}T00:00:00+07:00`),
      closesAt: new Date(`${closes}T23:59:59+07:00`),
      activityCodes: list("activityCodes"),
      communeIds: list("communeIds"),
      industries: String(formData.get("industries") ?? "")
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    });
    revalidatePath(routes.staff.calls);
    return {
      ok: true,
      message: libText("done.callOpened"),
    };
  });
}
