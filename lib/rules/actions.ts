"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { addRulePeriod, issueRuleSetVersion } from "@/lib/rules/mutations";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

export async function addRulePeriodAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("rules.manage");
  return runAction(formData, async () => {
    await addRulePeriod(actor, Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));
    revalidatePath(routes.admin.rules);
    return { ok: true, message: libText("done.rulePeriodAdded") };
  });
}

export async function issueRuleSetVersionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("rules.manage");
  return runAction(formData, async () => {
    const fields = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string"));
    await issueRuleSetVersion(actor, { ...fields, reason: fields.setReason });
    revalidatePath(routes.admin.rules);
    return {
      ok: true,
      message: libText("done.ruleSetIssued"),
    };
  });
}
