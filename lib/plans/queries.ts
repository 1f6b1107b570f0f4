import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { formatMoney, formatPercentBp } from "@/lib/money";
import { agencyScope, proposalScope } from "@/lib/proposals/scope";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { listDelegationsFor } from "@/lib/decisions/queries";
import { planTotals, PENDING_STATUSES } from "@/lib/plans/totals";
import { libText } from "@/lib/i18n/lib-token";

const money = (v: bigint) => formatMoney(v);

export async function listPlans(actor: Actor) {
  assertCan(actor, "plan.compose");
  const db = await getDb();
  const [plans, envelopes] = await Promise.all([
    db.annualPlan.findMany({
      where: { agency: agencyScope(actor) },
      orderBy: [{ year: "desc" }, { fund: "asc" }],
      select: {
        id: true,
        name: true,
        year: true,
        fund: true,
        status: true,
        decisionNo: true,
        decisionDate: true,
        agency: { select: { name: true } },
        envelope: { select: { amount: true, committed: true } },
        proposals: { select: { status: true, requestedSupport: true, approvedSupport: true } },
      },
    }),
    db.budgetEnvelope.findMany({
      where: { agency: agencyScope(actor) },
      orderBy: [{ year: "desc" }, { fund: "asc" }],
      select: { id: true, year: true, fund: true, amount: true, committed: true, source: true },
    }),
  ]);
  return {
    plans: plans.map((p) => {
      const t = planTotals(p.proposals, p.envelope);
      return {
        id: p.id,
        name: p.name,
        year: p.year,
        fund: p.fund,
        status: p.status,
        agencyName: p.agency.name,
        decisionNo: p.decisionNo,
        decisionDate: p.decisionDate?.toISOString() ?? null,
        count: p.proposals.length,
        envelope: p.envelope ? money(p.envelope.amount) : null,
        projected: money(t.projected),
        used: formatPercentBp(t.usedBp),
        fits: t.fits,
      };
    }),
    envelopes: envelopes.map((e) => ({
      id: e.id,
      year: e.year,
      fund: e.fund,
      amount: money(e.amount),
      committed: money(e.committed),
      remaining: money(e.amount - e.committed),
      source: e.source,
    })),
  };
}

/** Đề án of a plan per page, and candidates shown at most (issue 21: the plan page never lists a whole year). */
export const PLAN_PAGE = 200;
export const CANDIDATES_SHOWN = 200;

export async function getPlan(actor: Actor, id: string, now = new Date(), opts: { page?: number } = {}) {
  assertCan(actor, "plan.compose");
  const db = await getDb();
  const plan = await db.annualPlan.findFirst({
    where: { id, agency: agencyScope(actor) },
    select: {
      id: true,
      name: true,
      year: true,
      fund: true,
      status: true,
      decisionNo: true,
      decisionDate: true,
      approvedAt: true,
      agencyId: true,
      agency: { select: { name: true } },
      envelope: { select: { amount: true, committed: true, source: true } },
      batches: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true } },
    },
  });
  if (!plan) throw new NotFoundError(libText("errors.thePlanWasNotFound"));
  const page = Math.max(1, Math.min(opts.page ?? 1, 10_000));
  const candidateWhere = {
    AND: [
      proposalScope(actor),
      {
        agencyId: plan.agencyId,
        year: plan.year,
        fund: plan.fund,
        planId: null,
        status: { in: [...PENDING_STATUSES] },
      },
    ],
  };
  // Totals over every đề án of the plan (one row per status), the list one page at a time.
  const [byStatus, proposals, candidates, candidateCount] = await Promise.all([
    db.proposal.groupBy({
      by: ["status"],
      where: { planId: plan.id },
      _sum: { requestedSupport: true },
      _count: { _all: true },
    }),
    db.proposal.findMany({
      where: { planId: plan.id },
      orderBy: [{ batchId: "asc" }, { submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * PLAN_PAGE,
      take: PLAN_PAGE,
      select: {
        id: true,
        code: true,
        title: true,
        status: true,
        requestedSupport: true,
        approvedSupport: true,
        batchId: true,
        establishment: { select: { name: true } },
      },
    }),
    db.proposal.findMany({
      where: candidateWhere,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: CANDIDATES_SHOWN,
      select: { id: true, code: true, title: true, requestedSupport: true, establishment: { select: { name: true } } },
    }),
    db.proposal.count({ where: candidateWhere }),
  ]);
  const count = byStatus.reduce((n, g) => n + g._count._all, 0);
  const pendingCount = byStatus
    .filter((g) => (PENDING_STATUSES as readonly string[]).includes(g.status))
    .reduce((n, g) => n + g._count._all, 0);
  const t = planTotals(
    byStatus.map((g) => ({ status: g.status, requestedSupport: g._sum.requestedSupport ?? 0n, approvedSupport: null })),
    plan.envelope,
  );
  return {
    id: plan.id,
    name: plan.name,
    year: plan.year,
    fund: plan.fund,
    status: plan.status,
    agencyName: plan.agency.name,
    decisionNo: plan.decisionNo,
    decisionDate: plan.decisionDate?.toISOString() ?? null,
    envelope: plan.envelope && {
      amount: money(plan.envelope.amount),
      committed: money(plan.envelope.committed),
      source: plan.envelope.source,
    },
    totals: {
      committed: money(t.committed),
      pending: money(t.pending),
      projected: money(t.projected),
      remaining: money(t.remaining),
      overBy: t.overBy > 0n ? money(t.overBy) : null,
      fits: t.fits,
      usedBp: t.usedBp,
      used: formatPercentBp(t.usedBp),
    },
    batches: plan.batches,
    count,
    pendingCount,
    page,
    pages: Math.max(1, Math.ceil(count / PLAN_PAGE)),
    candidateCount,
    items: proposals.map((p) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      establishmentName: p.establishment?.name ?? null,
      status: p.status,
      statusLabel: STATUS_INFO[p.status].label.vi,
      tone: STATUS_INFO[p.status].tone,
      requested: money(p.requestedSupport),
      approved: p.approvedSupport === null ? null : money(p.approvedSupport),
      batch: plan.batches.find((b) => b.id === p.batchId)?.name ?? null,
      pending: (PENDING_STATUSES as readonly string[]).includes(p.status),
    })),
    candidates: candidates.map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      establishmentName: c.establishment?.name ?? null,
      requested: money(c.requestedSupport),
    })),
    canApprove: can(actor.role, "plan.approve"),
    delegations: await listDelegationsFor(actor, plan.agencyId, now),
  };
}

export type PlanView = Awaited<ReturnType<typeof getPlan>>;
