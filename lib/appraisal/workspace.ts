import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { findProposalInScope } from "@/lib/proposals/scope";
import { availableActions, STATUS_INFO } from "@/lib/proposals/workflow";
import { formatMoney } from "@/lib/money";
import { getActiveRubric } from "@/lib/appraisal/rubric-store";
import { summarize } from "@/lib/appraisal/rubric-math";
import { ruleVerdictFor } from "@/lib/rules/load-verdict";
import { overdueVerdict } from "@/lib/appraisal/overdue";
import { listMessages } from "@/lib/messages/queries";
import { listDelegationsFor } from "@/lib/decisions/queries";
import { loadTimeline } from "@/lib/appraisal/timeline";

/** Everything the staff/leader workspace of one dossier shows; scope-checked, plain data only. */
export async function getWorkspace(actor: Actor, id: string, now = new Date()) {
  assertCan(actor, "proposal.viewAgency");
  // Council members work on their own score sheet (/hoi-dong/[id]); the workspace shows the other
  // members' scores, which a member must not see while scoring independently.
  if (actor.role === "APPRAISER") throw new ForbiddenError();
  const db = await getDb();
  const p = await findProposalInScope(db, actor, id, {
    id: true,
    code: true,
    title: true,
    objectives: true,
    status: true,
    pipeline: true,
    fund: true,
    year: true,
    kind: true,
    round: true,
    submittedAt: true,
    decidedAt: true,
    totalCost: true,
    requestedSupport: true,
    approvedSupport: true,
    counterpart: true,
    tags: true,
    implementingUnit: true,
    location: true,
    agencyId: true,
    establishment: {
      select: { name: true, kind: true, taxCode: true, address: true, representative: true, phone: true },
    },
    commune: { select: { name: true } },
    activityCategory: { select: { name: true, contentNo: true } },
    plan: { select: { id: true, name: true, status: true } },
    batch: { select: { name: true } },
    budgetLines: {
      orderBy: { position: "asc" },
      select: {
        item: true,
        quantity: true,
        unit: true,
        unitPrice: true,
        total: true,
        requestedSupport: true,
        costKind: true,
      },
    },
    documents: {
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, fileName: true, size: true, createdAt: true, scanStatus: true },
    },
    supplements: {
      orderBy: { round: "asc" },
      select: {
        round: true,
        items: true,
        reason: true,
        deadline: true,
        createdAt: true,
        answeredAt: true,
        answerNote: true,
      },
    },
    decisions: {
      orderBy: { decidedAt: "asc" },
      select: {
        id: true,
        kind: true,
        number: true,
        decidedAt: true,
        reason: true,
        signerName: true,
        onBehalfOfName: true,
        signMode: true,
      },
    },
    assignments: {
      orderBy: { createdAt: "asc" },
      select: {
        appraiserId: true,
        conflict: true,
        conflictNote: true,
        declaredAt: true,
        appraiser: { select: { name: true, title: true } },
      },
    },
    scores: { select: { appraiserId: true, criterionId: true, value: true, justification: true } },
  });
  const rubric = await getActiveRubric(db).catch(() => null);
  const members = p.assignments
    .filter((a) => a.conflict !== "RECUSED")
    .map((a) => ({
      appraiserId: a.appraiserId,
      values: Object.fromEntries(
        p.scores.filter((s) => s.appraiserId === a.appraiserId).map((s) => [s.criterionId, s.value]),
      ),
    }));
  const summary = rubric ? summarize(rubric.criteria, members) : null;
  const last = p.supplements[p.supplements.length - 1];
  const overdue = overdueVerdict(
    {
      status: p.status,
      submittedAt: p.submittedAt,
      lastAnsweredAt: last?.answeredAt ?? null,
      openDeadline: last && !last.answeredAt ? last.deadline : null,
    },
    now,
  );
  const appraisers = can(actor.role, "proposal.assign")
    ? await db.user.findMany({
        where: { role: "APPRAISER", active: true, agency: { provinceId: actor.provinceId ?? "__none__" } },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      })
    : [];
  return {
    proposal: {
      ...p,
      statusLabel: STATUS_INFO[p.status].label.vi,
      tone: STATUS_INFO[p.status].tone,
      submittedAt: p.submittedAt?.toISOString() ?? null,
      decidedAt: p.decidedAt?.toISOString() ?? null,
      totalCost: formatMoney(p.totalCost),
      requestedSupport: formatMoney(p.requestedSupport),
      requestedSupportVnd: p.requestedSupport.toString(),
      approvedSupport: p.approvedSupport === null ? null : formatMoney(p.approvedSupport),
      counterpart: formatMoney(p.counterpart),
      budgetLines: p.budgetLines.map((l) => ({
        ...l,
        unitPrice: formatMoney(l.unitPrice),
        total: formatMoney(l.total),
        requestedSupport: formatMoney(l.requestedSupport),
      })),
      documents: p.documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
      supplements: p.supplements.map((s) => ({
        ...s,
        deadline: s.deadline.toISOString(),
        createdAt: s.createdAt.toISOString(),
        answeredAt: s.answeredAt?.toISOString() ?? null,
      })),
      decisions: p.decisions.map((d) => ({ ...d, decidedAt: d.decidedAt.toISOString() })),
      assignments: p.assignments.map((a) => ({
        appraiserId: a.appraiserId,
        name: a.appraiser.name,
        title: a.appraiser.title,
        conflict: a.conflict,
        conflictNote: a.conflictNote,
        declaredAt: a.declaredAt?.toISOString() ?? null,
        totalTenths: summary?.members.find((m) => m.appraiserId === a.appraiserId)?.totalTenths ?? null,
        scored: p.scores.some((s) => s.appraiserId === a.appraiserId),
      })),
      scores: undefined,
    },
    rubric: rubric && {
      name: rubric.name,
      criteria: rubric.criteria.map((c) => ({
        ...c,
        mean: summary?.criterionMeans[c.id] ?? null,
        notes: p.scores
          .filter((s) => s.criterionId === c.id)
          .map((s) => ({
            appraiser: p.assignments.find((a) => a.appraiserId === s.appraiserId)?.appraiser.name ?? "",
            value: s.value,
            justification: s.justification,
          })),
      })),
    },
    summary: summary && {
      meanTenths: summary.meanTenths,
      spreadTenths: summary.spreadTenths,
      wideSpread: summary.wideSpread,
      completeCount: summary.completeCount,
    },
    verdict: await ruleVerdictFor(db, p.id).catch(() => null),
    overdue,
    actions: availableActions(p.status, actor.role, p.pipeline),
    timeline: await loadTimeline(db, p.id),
    messages: await listMessages(actor, p.id),
    delegations: await listDelegationsFor(actor, p.agencyId, now),
    appraisers,
    // Default supplement deadline offered in the return form: 15 days (province's Quy chế may differ).
    defaultDeadline: new Date(now.getTime() + 15 * 86_400_000).toISOString().slice(0, 10),
    canAssign: can(actor.role, "proposal.assign"),
    canTag: can(actor.role, "proposal.intake"),
    canNote: can(actor.role, "proposal.internalNote"),
    canMessage: can(actor.role, "proposal.message"),
  };
}

export type Workspace = Awaited<ReturnType<typeof getWorkspace>>;
