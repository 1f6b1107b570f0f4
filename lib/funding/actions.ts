"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { formatMoney } from "@/lib/money";
import { signContract, startWork } from "@/lib/funding/mutations";
import { postLedgerEntry } from "@/lib/funding/postings";
import { LEDGER_KIND_LABELS, postingSchema } from "@/lib/funding/schemas";
import { readUploads } from "@/lib/uploads/evidence";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

function refresh(proposalId: string): void {
  revalidatePath(routes.staff.implementation(proposalId));
  revalidatePath(routes.staff.implementationList);
  revalidatePath(routes.enterprise.implementation(proposalId));
}

const text = (fd: FormData, k: string) => {
  const v = fd.get(k);
  return typeof v === "string" ? v : undefined;
};

export async function signContractAction(proposalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const r = await signContract(actor, proposalId, {
      signedAt: text(formData, "signedAt"),
      partyA: text(formData, "partyA"),
      partyB: text(formData, "partyB"),
      copies: text(formData, "copies"),
    });
    refresh(proposalId);
    return { ok: true, message: libText("done.contractSigned", { number: r.number }) };
  });
}

export async function startWorkAction(proposalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await startWork(actor, proposalId);
    refresh(proposalId);
    return { ok: true, message: libText("done.inImplementation") };
  });
}

export async function postLedgerEntryAction(
  proposalId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const input = {
      kind: text(formData, "kind"),
      amount: text(formData, "amount"),
      occurredAt: text(formData, "occurredAt"),
      note: text(formData, "note"),
    };
    const evidence = await readUploads(formData.getAll("evidence"));
    await postLedgerEntry(actor, proposalId, input, evidence);
    const parsed = postingSchema.safeParse(input);
    refresh(proposalId);
    return {
      ok: true,
      message: parsed.success
        ? libText("done.posted", {
            kind: libText(`workflow.ledger.${parsed.data.kind}`),
            amount: formatMoney(parsed.data.amount),
          })
        : libText("done.postedEntry"),
    };
  });
}
