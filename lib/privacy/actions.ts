"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { anonymizeEstablishment } from "@/lib/privacy/mutations";
import { routes } from "@/lib/routes";

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
      message: "Đã xóa dữ liệu cá nhân; số liệu tài chính của đề án được giữ lại. Đã ghi nhật ký xóa.",
    };
  });
}
