"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { postMessage } from "@/lib/messages/mutations";
import { routes } from "@/lib/routes";

export async function postMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const proposalId = String(formData.get("proposalId") ?? "");
    const internal = formData.get("internal") === "1";
    await postMessage(actor, { proposalId, body: String(formData.get("body") ?? ""), internal });
    revalidatePath(routes.staff.dossier(proposalId));
    revalidatePath(routes.enterprise.dossier(proposalId));
    revalidatePath(routes.council.dossier(proposalId));
    return { ok: true, message: internal ? "Đã lưu ghi chú nội bộ." : "Đã gửi tin nhắn." };
  });
}
