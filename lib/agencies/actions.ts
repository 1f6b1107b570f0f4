"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { updateOwnAgencyDetails, updateOwnHandlingLimit } from "@/lib/agencies/details";
import { routes } from "@/lib/routes";

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
    return { ok: true, message: "Đã lưu thông tin cơ quan; các văn bản ban hành từ nay in thông tin này." };
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
    return { ok: true, message: "Đã lưu thời hạn giải quyết; chỉ số phục vụ tính theo thời hạn này." };
  });
}
