"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { submitProgressReport, recordVisit } from "@/lib/implementation/progress";
import { decideAmendment, requestAmendment } from "@/lib/implementation/amendments";
import { recordAcceptance } from "@/lib/implementation/acceptance";
import { scheduleAcceptance } from "@/lib/implementation/acceptance-schedule";
import { recordFollowUp, settleProposal } from "@/lib/implementation/settlement";
import { readUploads } from "@/lib/uploads/evidence";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

function refresh(proposalId: string): void {
  revalidatePath(routes.staff.implementation(proposalId));
  revalidatePath(routes.staff.implementationList);
  revalidatePath(routes.enterprise.implementation(proposalId));
  revalidatePath(routes.enterprise.implementationList);
}

/** Text fields of a form as an object (files and Next's own fields left out); empty → absent. */
function fields(fd: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of fd.entries()) if (typeof v === "string" && v !== "" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

export async function submitProgressReportAction(
  proposalId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const photos = await readUploads(formData.getAll("photos"));
    await submitProgressReport(actor, proposalId, fields(formData), photos);
    refresh(proposalId);
    return { ok: true, message: libText("done.progressSent", { photos: photos.length }) };
  });
}

export async function recordVisitAction(proposalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await recordVisit(actor, proposalId, fields(formData));
    refresh(proposalId);
    return { ok: true, message: libText("done.checkRecorded") };
  });
}

export async function requestAmendmentAction(
  proposalId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await requestAmendment(actor, proposalId, fields(formData));
    refresh(proposalId);
    return { ok: true, message: libText("done.amendmentRequested") };
  });
}

export async function decideAmendmentAction(
  proposalId: string,
  amendmentId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await decideAmendment(actor, amendmentId, fields(formData));
    refresh(proposalId);
    return { ok: true, message: libText("done.amendmentDecided") };
  });
}

export async function recordAcceptanceAction(
  proposalId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const f = fields(formData);
    const indicators: Record<string, string> = {};
    for (const [k, v] of Object.entries(f)) if (k.startsWith("ind.")) indicators[k.slice(4)] = v;
    if (f.extraCode && f.extraValue) indicators[f.extraCode] = f.extraValue;
    const r = await recordAcceptance(actor, proposalId, {
      minutesNo: f.minutesNo,
      acceptedAt: f.acceptedAt,
      kind: f.kind,
      note: f.note,
      indicators,
    });
    refresh(proposalId);
    const flag = r.doubleFunding.length
      ? ` Cảnh báo: có ${r.doubleFunding.length} đề án khác hỗ trợ cùng hạng mục cho cơ sở này.`
      : "";
    const quality = r.flagged.length ? ` Cần kiểm tra (đã đánh dấu): ${r.flagged.join(" ")}` : "";
    return { ok: true, message: `Đã ghi biên bản nghiệm thu và ${r.results} kết quả chỉ tiêu.${flag}${quality}` };
  });
}

export async function scheduleAcceptanceAction(
  proposalId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const f = fields(formData);
    await scheduleAcceptance(actor, proposalId, { scheduledFor: f.scheduledFor, place: f.place, note: f.note });
    refresh(proposalId);
    return { ok: true, message: libText("done.acceptanceScheduled") };
  });
}

export async function settleAction(proposalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const r = await settleProposal(actor, proposalId, fields(formData));
    refresh(proposalId);
    return { ok: true, message: libText("done.settled", { number: r.number }) };
  });
}

export async function recordFollowUpAction(
  proposalId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await recordFollowUp(actor, proposalId, fields(formData));
    refresh(proposalId);
    return { ok: true, message: libText("done.followUpRecorded") };
  });
}
