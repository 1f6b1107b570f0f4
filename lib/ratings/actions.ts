"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { routes } from "@/lib/routes";
import { rateService } from "@/lib/ratings/ratings";
import { libText } from "@/lib/i18n/lib-token";

export async function rateServiceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("proposal.viewOwn");
  const proposalId = String(formData.get("proposalId") ?? "");
  return runAction(formData, async () => {
    await rateService(actor, proposalId, {
      overall: formData.get("overall") ?? "",
      timeliness: formData.get("timeliness") ?? "",
      staff: formData.get("staff") ?? "",
      ease: formData.get("ease") ?? "",
      comment: formData.get("comment") ?? undefined,
    });
    revalidatePath(routes.enterprise.dossier(proposalId));
    return { ok: true, message: libText("done.ratingThanks") };
  });
}
