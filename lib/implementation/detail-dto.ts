import type { Prisma } from "@/lib/generated/prisma/client";

export const DETAIL_SELECT = {
  id: true, code: true, title: true, status: true, pipeline: true, kind: true, year: true, fund: true, location: true,
  totalCost: true, approvedSupport: true, counterpart: true, startDate: true, endDate: true, implementingUnit: true, decidedAt: true,
  activityCategory: { select: { code: true, name: true, advanceType: true } },
  establishment: { select: { name: true, address: true, representative: true, taxCode: true } },
  agency: { select: { name: true } }, commune: { select: { name: true } },
  contract: { select: { id: true, number: true, signedAt: true, amount: true, partyA: true, partyB: true } },
  ledger: { select: { id: true, kind: true, amount: true, occurredAt: true, note: true, ruleCode: true, evidenceDocumentId: true, createdAt: true }, orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }] },
  progressReports: { select: { id: true, period: true, percentComplete: true, investmentDoneBp: true, content: true, issues: true, submittedAt: true, photoDocumentIds: true }, orderBy: { period: "desc" } },
  visits: { select: { id: true, kind: true, visitedAt: true, findings: true, compliant: true }, orderBy: { visitedAt: "desc" } },
  amendments: { select: { id: true, kind: true, status: true, requiredAuthority: true, details: true, reason: true, requestedAt: true, decidedAt: true, decisionNo: true, decisionReason: true }, orderBy: { requestedAt: "desc" } },
  acceptances: {
    select: { id: true, kind: true, minutesNo: true, acceptedAt: true, note: true, doubleFundingFlag: true, results: { select: { value: true, indicator: { select: { code: true, name: true, unit: true } } } } },
    orderBy: { acceptedAt: "desc" },
  },
  acceptanceSchedules: { select: { scheduledFor: true, place: true, note: true }, orderBy: { createdAt: "desc" }, take: 1 },
  settlement: { select: { number: true, settledAt: true, approvedSupport: true, disbursed: true, refunded: true, settledSupport: true, counterpart: true, requiredCounterpart: true, exceptionReason: true, note: true } },
  followUps: { select: { id: true, checkedAt: true, machineInUse: true, jobsKept: true, note: true }, orderBy: { checkedAt: "desc" } },
} satisfies Prisma.ProposalSelect;

type Row = Prisma.ProposalGetPayload<{ select: typeof DETAIL_SELECT }>;
const s = (v: bigint | null | undefined) => (v === null || v === undefined ? null : v.toString());

/** Plain, serialisable shape for the components (bigint → string). */
export function toDetailDto(p: Row) {
  return {
    id: p.id, code: p.code, title: p.title, status: p.status, pipeline: p.pipeline, kind: p.kind, year: p.year, fund: p.fund,
    location: p.location, totalCost: p.totalCost.toString(), approvedSupport: s(p.approvedSupport) ?? "0", counterpartPlanned: p.counterpart.toString(),
    startDate: p.startDate, endDate: p.endDate, implementingUnit: p.implementingUnit, decidedAt: p.decidedAt,
    activity: { code: p.activityCategory.code, name: p.activityCategory.name },
    establishment: p.establishment, agencyName: p.agency.name, communeName: p.commune?.name ?? null,
    contract: p.contract && { ...p.contract, amount: p.contract.amount.toString() },
    ledger: p.ledger.map((l) => ({ ...l, amount: l.amount.toString() })),
    progressReports: p.progressReports,
    visits: p.visits,
    amendments: p.amendments.map((a) => ({ ...a, details: (a.details ?? {}) as Record<string, unknown> })),
    acceptances: p.acceptances.map((a) => ({ ...a, results: a.results.map((r) => ({ ...r.indicator, value: r.value.toString() })) })),
    acceptanceSchedule: p.acceptanceSchedules[0] ?? null,
    settlement: p.settlement && {
      ...p.settlement, approvedSupport: p.settlement.approvedSupport.toString(), disbursed: p.settlement.disbursed.toString(),
      refunded: p.settlement.refunded.toString(), settledSupport: p.settlement.settledSupport.toString(), counterpart: p.settlement.counterpart.toString(),
      requiredCounterpart: p.settlement.requiredCounterpart?.toString() ?? null,
    },
    followUps: p.followUps,
  };
}
