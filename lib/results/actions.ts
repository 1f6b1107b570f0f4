"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { approveResultEntry, createResultEntry, deleteResultEntry, updateResultEntry } from "@/lib/results/mutations";
import { createTarget, deleteTarget, updateTarget } from "@/lib/results/targets";
import { routes } from "@/lib/routes";
import { acceptNationalResults, reopenResult } from "@/lib/results/hierarchy";
import { libText } from "@/lib/i18n/lib-token";

const BASE = routes.leader.results;

function fields(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()].filter(
      (e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$ACTION"),
    ),
  );
}

function idOf(formData: FormData): string {
  return String(formData.get("id") ?? "");
}

function refresh(): void {
  revalidatePath(BASE, "layout");
  revalidatePath(routes.leader.dashboard, "layout");
}

export async function createResultEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runAction(formData, async () => {
    await createResultEntry(actor, fields(formData));
    return { ok: true };
  });
  if (!state.ok) return state;
  refresh();
  redirect(`${BASE}?luu=moi`);
}

export async function updateResultEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await updateResultEntry(actor, idOf(formData), fields(formData));
    refresh();
    return { ok: true, message: libText("done.resultChangedAwaitingApproval") };
  });
}

export async function deleteResultEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(null, async () => {
    await deleteResultEntry(actor, idOf(formData));
    refresh();
    return { ok: true, message: libText("done.resultDeleted") };
  });
}

export async function approveResultEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(null, async () => {
    await approveResultEntry(actor, idOf(formData));
    refresh();
    return { ok: true, message: libText("done.resultsApproved") };
  });
}

export async function createTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await createTarget(actor, fields(formData));
    refresh();
    return { ok: true, message: libText("done.targetAdded") };
  });
}

export async function updateTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runAction(formData, async () => {
    await updateTarget(actor, idOf(formData), fields(formData));
    return { ok: true };
  });
  if (!state.ok) return state;
  refresh();
  redirect(`${BASE}/muc-tieu?ky=${encodeURIComponent(String(formData.get("period") ?? ""))}&luu=1`);
}

export async function deleteTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(null, async () => {
    await deleteTarget(actor, idOf(formData));
    refresh();
    return { ok: true, message: libText("done.targetDeleted") };
  });
}

export async function reopenResultAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const level = await reopenResult(actor, { id: idOf(formData), reason: String(formData.get("reason") ?? "") });
    refresh();
    revalidatePath(routes.ministry.results);
    return {
      ok: true,
      message:
        level === "national"
          ? "Đã mở lại: tỉnh có thể mở lại tiếp để sửa số liệu."
          : "Đã mở lại: kết quả trở về trạng thái chờ duyệt và sửa được; lý do đã ghi nhật ký.",
    };
  });
}

export async function acceptNationalResultsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("results.acceptNational");
  return runAction(formData, async () => {
    const n = await acceptNationalResults(actor, {
      provinceId: String(formData.get("provinceId") ?? ""),
      year: String(formData.get("year") ?? ""),
    });
    revalidatePath(routes.ministry.results);
    return { ok: true, message: libText("done.resultsAccepted", { count: n }) };
  });
}
