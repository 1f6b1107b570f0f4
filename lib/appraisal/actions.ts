"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import { ValidationError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { advanceProposal } from "@/lib/appraisal/steps";
import { assignAppraisers, declareConflict, unassignAppraiser } from "@/lib/appraisal/assignments";
import { submitScores } from "@/lib/appraisal/scoring";
import { updateTags } from "@/lib/appraisal/tags";
import { TRANSITIONS } from "@/lib/proposals/workflow";
import type { AdvanceAction } from "@/lib/appraisal/schemas";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const str = (f: FormData, k: string) => String(f.get(k) ?? "");
const list = (f: FormData, k: string) => f.getAll(k).map(String).filter(Boolean);

function refresh(proposalIds: string[]) {
  revalidatePath(routes.staff.dossiers);
  revalidatePath(routes.staff.home);
  revalidatePath(routes.council.home);
  for (const id of proposalIds) revalidatePath(routes.staff.dossier(id));
}

export async function advanceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const proposalId = str(formData, "proposalId");
  const action = str(formData, "action") as AdvanceAction;
  const state = await runAction(formData, async () => {
    await advanceProposal(actor, { proposalId, action, reason: str(formData, "reason") });
    refresh([proposalId]);
    return {
      ok: true,
      message: libText("done.stepDone", {
        action: TRANSITIONS[action] ? libText(`workflow.action.${action}`) : action,
      }),
    };
  });
  if (state.ok) redirect(routes.staff.dossier(proposalId, { xong: action }));
  return state;
}

export async function assignAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const proposalIds = list(formData, "proposalIds");
    const { created } = await assignAppraisers(actor, { proposalIds, appraiserIds: list(formData, "appraiserIds") });
    refresh(proposalIds);
    return {
      ok: true,
      message: created ? `Đã phân công ${created} lượt thẩm định.` : "Các thành viên đã được phân công từ trước.",
    };
  });
}

export async function unassignAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const proposalId = str(formData, "proposalId");
    await unassignAppraiser(actor, { proposalId, appraiserId: str(formData, "appraiserId") });
    refresh([proposalId]);
    return { ok: true, message: libText("done.unassigned") };
  });
}

export async function tagsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const proposalIds = list(formData, "proposalIds");
    const split = (k: string) =>
      str(formData, k)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    await updateTags(actor, {
      proposalIds,
      add: split("add"),
      remove: [...split("remove"), ...list(formData, "removeTag")],
    });
    refresh(proposalIds);
    return { ok: true, message: libText("done.tagsUpdated") };
  });
}

export async function declareConflictAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const proposalId = str(formData, "proposalId");
    const decision = str(formData, "decision");
    await declareConflict(actor, { proposalId, decision, note: str(formData, "note") });
    refresh([proposalId]);
    revalidatePath(routes.council.dossier(proposalId));
    return {
      ok: true,
      message:
        decision === "RECUSED"
          ? "Đã ghi nhận: ông/bà không tham gia thẩm định hồ sơ này."
          : "Đã ghi nhận: không có xung đột lợi ích. Mời chấm điểm.",
    };
  });
}

export async function submitScoresAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    const proposalId = str(formData, "proposalId");
    const scores = list(formData, "criterionId").map((criterionId) => ({
      criterionId,
      value: str(formData, `value_${criterionId}`),
      justification: str(formData, `justification_${criterionId}`),
    }));
    const { totalTenths } = await submitScores(actor, { proposalId, scores }).catch((e: unknown) => {
      // "scores.2.justification" → "justification_<criterion>", the name of the field on the sheet, so the
      // message stands next to that field (issue 13.2).
      if (!(e instanceof ValidationError)) throw e;
      const rename = (fields: Record<string, string[]>) =>
        Object.fromEntries(
          Object.entries(fields).map(([k, v]): [string, string[]] => {
            const m = /^scores\.(\d+)\.(value|justification)$/.exec(k);
            const criterionId = m ? scores[Number(m[1])]?.criterionId : undefined;
            return [criterionId && m ? `${m[2]}_${criterionId}` : k, v];
          }),
        );
      throw new ValidationError(rename(e.fieldErrors), e.text, (locale) => rename(e.fieldErrorsIn(locale)));
    });
    refresh([proposalId]);
    revalidatePath(routes.council.dossier(proposalId));
    return {
      ok: true,
      message:
        totalTenths === null
          ? libText("done.scoresSavedIncomplete")
          : libText("done.scoresSaved", { total: totalTenths / 10 }),
    };
  });
}
