"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { updateOwnAgencyDetails, updateOwnHandlingLimit } from "@/lib/agencies/details";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const FIELDS = [
  "representativeName",
  "representativeTitle",
  "address",
  "taxCode",
  "treasuryAccount",
  "treasuryName",
] as const;

export async function updateAgencyDetailsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await updateOwnAgencyDetails(actor, Object.fromEntries(FIELDS.map((k) => [k, String(formData.get(k) ?? "")])));
    revalidatePath(routes.admin.agencies);
    return { ok: true, message: libText("done.agencySaved") };
  });
}

export async function updateHandlingLimitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await updateOwnHandlingLimit(actor, {
      handlingWorkingDays: String(formData.get("handlingWorkingDays") ?? ""),
      handlingBasis: String(formData.get("handlingBasis") ?? ""),
    });
    revalidatePath(routes.admin.agencies);
    return { ok: true, message: libText("done.handlingLimitSaved") };
  });
}
