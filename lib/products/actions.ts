"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { createProduct, deleteProduct } from "@/lib/products/registry";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

function fields(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()].filter(
      (e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$ACTION"),
    ),
  );
}

export async function createProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await createProduct(actor, fields(formData));
    revalidatePath(routes.leader.home, "layout");
    return { ok: true, message: libText("done.productAdded") };
  });
}

export async function deleteProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(null, async () => {
    await deleteProduct(actor, String(formData.get("id") ?? ""));
    revalidatePath(routes.leader.home, "layout");
    return { ok: true, message: libText("done.productDeleted") };
  });
}
