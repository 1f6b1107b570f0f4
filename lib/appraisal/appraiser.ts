import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { getActiveRubric } from "@/lib/appraisal/rubric-store";
import { memberTotalTenths } from "@/lib/appraisal/rubric-math";
import { ruleVerdictFor } from "@/lib/rules/load-verdict";

/** A council member's home: their assignments, with what is expected of them next. */
export async function listMyAssignments(actor: Actor) {
  assertCan(actor, "proposal.score");
  const db = await getDb();
  const rows = await db.assignment.findMany({
    where: { appraiserId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      conflict: true,
      createdAt: true,
      proposal: {
        select: {
          id: true,
          code: true,
          title: true,
          status: true,
          requestedSupport: true,
          establishment: { select: { name: true } },
          _count: { select: { scores: { where: { appraiserId: actor.id } } } },
        },
      },
    },
  });
  return rows.map((r) => ({
    proposalId: r.proposal.id,
    code: r.proposal.code,
    title: r.proposal.title,
    establishmentName: r.proposal.establishment?.name ?? null,
    status: r.proposal.status,
    statusLabel: STATUS_INFO[r.proposal.status].label.vi,
    tone: STATUS_INFO[r.proposal.status].tone,
    requestedSupport: formatMoney(r.proposal.requestedSupport),
    conflict: r.conflict,
    scored: r.proposal._count.scores > 0,
    assignedAt: r.createdAt.toISOString(),
  }));
}

/** The score sheet of one assignment: the dossier in brief, the rubric, my scores. Never other members' scores. */
export async function getScoreSheet(actor: Actor, proposalId: string) {
  assertCan(actor, "proposal.score");
  const db = await getDb();
  const a = await db.assignment.findUnique({
    where: { proposalId_appraiserId: { proposalId, appraiserId: actor.id } },
    select: {
      conflict: true,
      conflictNote: true,
      proposal: {
        select: {
          id: true,
          code: true,
          title: true,
          objectives: true,
          status: true,
          totalCost: true,
          requestedSupport: true,
          counterpart: true,
          establishment: { select: { name: true, address: true } },
          activityCategory: { select: { name: true } },
          commune: { select: { name: true } },
          budgetLines: {
            orderBy: { position: "asc" },
            select: { item: true, quantity: true, unit: true, total: true, requestedSupport: true },
          },
          documents: { select: { id: true, fileName: true, kind: true } },
        },
      },
    },
  });
  if (!a) throw new NotFoundError();
  const rubric = await getActiveRubric(db);
  const mine = await db.score.findMany({
    where: { proposalId, appraiserId: actor.id },
    select: { criterionId: true, value: true, justification: true },
  });
  const values = Object.fromEntries(mine.map((s) => [s.criterionId, s.value]));
  const p = a.proposal;
  return {
    conflict: a.conflict,
    conflictNote: a.conflictNote,
    proposal: {
      id: p.id,
      code: p.code,
      title: p.title,
      objectives: p.objectives,
      status: p.status,
      statusLabel: STATUS_INFO[p.status].label.vi,
      tone: STATUS_INFO[p.status].tone,
      totalCost: formatMoney(p.totalCost),
      requestedSupport: formatMoney(p.requestedSupport),
      counterpart: formatMoney(p.counterpart),
      establishmentName: p.establishment?.name ?? null,
      address: p.establishment?.address ?? null,
      activityName: p.activityCategory.name,
      communeName: p.commune?.name ?? null,
      budgetLines: p.budgetLines.map((l) => ({
        ...l,
        total: formatMoney(l.total),
        requestedSupport: formatMoney(l.requestedSupport),
      })),
      documents: p.documents,
    },
    rubric: { name: rubric.name, legalRef: rubric.legalRef, criteria: rubric.criteria },
    mine: mine.map((s) => ({ criterionId: s.criterionId, value: s.value, justification: s.justification })),
    myTotalTenths: mine.length ? memberTotalTenths(rubric.criteria, values) : null,
    verdict: a.conflict === "RECUSED" ? null : await ruleVerdictFor(db, p.id).catch(() => null),
    canScore: a.conflict === "NO_CONFLICT" && p.status === "UNDER_APPRAISAL",
  };
}
