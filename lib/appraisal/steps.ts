import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Capability } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/auth/actor";
import { getDb, type Tx } from "@/lib/db";
import { WorkflowError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { findProposalInScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { advanceSchema, type AdvanceAction } from "@/lib/appraisal/schemas";
import { getActiveRubric } from "@/lib/appraisal/rubric-store";
import { summarize } from "@/lib/appraisal/rubric-math";
import { assertRegistrationOpen } from "@/lib/plans/kcqg-deadline";
import { libText } from "@/lib/i18n/lib-token";

// Appraisal steps that are not decisions: accept into appraisal, close scoring, recommend or not (local
// plan), base appraisal and sending to the ministry (national plan, TT 36/2013 Art. 9–11).
export const STEP_CAPABILITY = {
  startAppraisal: "proposal.intake",
  closeScoring: "proposal.intake",
  recommend: "proposal.recommend",
  notRecommend: "proposal.recommend",
  baseAppraise: "proposal.decide",
  sendToMinistry: "proposal.recommend",
} as const satisfies Record<AdvanceAction, Capability>;

export async function advanceProposal(
  actor: Actor,
  input: { proposalId: string; action: string; reason?: string | null },
) {
  const data = parseOrThrow(advanceSchema, input);
  assertCan(actor, STEP_CAPABILITY[data.action]);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, data.proposalId, { id: true, year: true });
    if (data.action === "closeScoring") await assertScoringComplete(tx, p.id);
    if (data.action === "sendToMinistry") assertRegistrationOpen(p.year, new Date());
    return transitionProposal(tx, actor, p.id, data.action, { reason: data.reason });
  });
}

/** The council closes only when every member who has not recused has a complete, justified score sheet. */
async function assertScoringComplete(tx: Tx, proposalId: string): Promise<void> {
  const rubric = await getActiveRubric(tx);
  const assignments = await tx.assignment.findMany({
    where: { proposalId, conflict: { not: "RECUSED" } },
    select: { appraiserId: true, appraiser: { select: { name: true } } },
  });
  if (assignments.length === 0) throw new WorkflowError(libText("errors.noCouncilMemberNotCounting"));
  const scores = await tx.score.findMany({
    where: { proposalId, criterionId: { in: rubric.criteria.map((c) => c.id) } },
    select: { appraiserId: true, criterionId: true, value: true },
  });
  const summary = summarize(
    rubric.criteria,
    assignments.map((a) => ({
      appraiserId: a.appraiserId,
      values: Object.fromEntries(
        scores.filter((s) => s.appraiserId === a.appraiserId).map((s) => [s.criterionId, s.value]),
      ),
    })),
  );
  const missing = assignments.filter(
    (a) => summary.members.find((m) => m.appraiserId === a.appraiserId)?.totalTenths === null,
  );
  if (missing.length) {
    throw new WorkflowError(
      libText("errors.scoringIncomplete", { names: missing.map((m) => m.appraiser.name).join(", ") }),
    );
  }
}
