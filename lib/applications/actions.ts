"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { saveDraft } from "@/lib/applications/drafts";
import { submitApplication } from "@/lib/applications/submit";
import { deleteDocument, uploadDocument, type UploadedDocument } from "@/lib/applications/documents";
import { resubmitApplication, withdrawApplication } from "@/lib/applications/follow";
import { lookupDossier } from "@/lib/applications/lookup";
import { runJsonAction, type JsonResult } from "@/lib/applications/json-action";
import type { PublicLookup } from "@/lib/applications/dto";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

function dossierHome(role: string, proposalId: string, establishmentId?: string | null): string {
  return role === "ENTERPRISE"
    ? routes.enterprise.dossier(proposalId)
    : routes.staff.assistedDossier(establishmentId ?? "", proposalId);
}

export async function saveDraftAction(input: {
  proposalId: string | null;
  establishmentId: string | null;
  data: unknown;
}): Promise<JsonResult<{ proposalId: string; savedAt: string }>> {
  const actor = await requireActor();
  return runJsonAction(async () => {
    const r = await saveDraft(actor, input);
    return { proposalId: r.proposalId, savedAt: r.savedAt.toISOString() };
  });
}

export async function submitApplicationAction(input: {
  proposalId: string;
  establishmentId: string | null;
}): Promise<JsonResult<{ code: string; receiptUrl: string }>> {
  const actor = await requireActor();
  // No revalidatePath: the form goes on to the receipt (router.push), a fresh render, and every list is
  // rendered per request; revalidating here only re-rendered the form page into this response.
  return runJsonAction(async () => {
    const { code } = await submitApplication(actor, input.proposalId);
    return { code, receiptUrl: `${dossierHome(actor.role, input.proposalId, input.establishmentId)}/bien-nhan` };
  });
}

export async function uploadDocumentAction(formData: FormData): Promise<JsonResult<UploadedDocument>> {
  const actor = await requireActor();
  return runJsonAction(async () => {
    const file = formData.get("file");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const fileName = file instanceof File ? file.name : "";
    return uploadDocument(actor, {
      proposalId: formData.get("proposalId"),
      kind: formData.get("kind"),
      fileName,
      bytes,
    });
  });
}

export async function deleteDocumentAction(documentId: string): Promise<JsonResult<null>> {
  const actor = await requireActor();
  return runJsonAction(async () => {
    await deleteDocument(actor, documentId);
    return null;
  });
}

export async function withdrawAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const id = String(formData.get("proposalId") ?? "");
  const state = await runAction(formData, async () => {
    await withdrawApplication(actor, id, { reason: formData.get("reason") });
    return { ok: true, message: libText("done.withdrawn") };
  });
  if (!state.ok) return state;
  revalidatePath(routes.enterprise.home, "layout");
  redirect(dossierHome(actor.role, id, String(formData.get("establishmentId") ?? "")));
}

export async function resubmitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const id = String(formData.get("proposalId") ?? "");
  const state = await runAction(formData, async () => {
    await resubmitApplication(actor, id, { note: formData.get("note") });
    return { ok: true, message: libText("done.supplementSubmitted") };
  });
  if (!state.ok) return state;
  revalidatePath(routes.enterprise.home, "layout");
  redirect(dossierHome(actor.role, id, String(formData.get("establishmentId") ?? "")));
}

/**
 * The client key of the public look-up: the address the portal's server resolved from the TCP peer and
 * TRUSTED_PROXY_HOPS (lib/http/client-ip.ts); nothing the client writes in a header can change it.
 */
async function clientKey(): Promise<string> {
  return clientIp(await headers());
}

export type LookupState = FormState & { result?: PublicLookup };

export async function lookupAction(_prev: LookupState, formData: FormData): Promise<LookupState> {
  const key = await clientKey();
  let result: PublicLookup | undefined;
  const state = await runAction(formData, async () => {
    result = await lookupDossier({ code: formData.get("code") }, key);
    return { ok: true };
  });
  return { ...state, result };
}
