"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { postMessage } from "@/lib/messages/mutations";

export async function postMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const proposalId = String(formData.get("proposalId") ?? "");
    const internal = formData.get("internal") === "1";
    await postMessage(actor, { proposalId, body: String(formData.get("body") ?? ""), internal });
    revalidatePath(`/can-bo/ho-so/${proposalId}`);
    revalidatePath(`/doanh-nghiep/ho-so/${proposalId}`);
    revalidatePath(`/hoi-dong/${proposalId}`);
    return { ok: true, message: internal ? "Đã lưu ghi chú nội bộ." : "Đã gửi tin nhắn." };
  });
}
