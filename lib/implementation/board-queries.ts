import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { vnDay } from "@/lib/dates";
import { proposalScope } from "@/lib/proposals/scope";
import { sortDeadlines } from "@/lib/calendar/deadlines";
import { ledgerTotals, type LedgerTotalsRow } from "@/lib/funding/ledger-sql";
import { assertCanViewImplementation } from "@/lib/implementation/access";
import { loadCalendar } from "@/lib/implementation/calendar-query";
import { dueItemsFor, type DueItem } from "@/lib/implementation/due-items";

export const IMPLEMENTATION_STATUSES: readonly ProposalStatus[] = [
  "APPROVED",
  "CONTRACTED",
  "IN_PROGRESS",
  "ACCEPTED",
  "SETTLED",
  "STOPPED",
];

export type BoardRow = {
  id: string;
  code: string | null;
  title: string;
  status: ProposalStatus;
  year: number;
  fund: string;
  establishment: string | null;
  approvedSupport: string;
  netPaid: string;
  contractNumber: string | null;
};
export type ResultSummaryRow = { code: string; name: string; unit: string; value: string; proposals: number };
export type TotalsDto = Omit<
  LedgerTotalsRow,
  "commitment" | "advances" | "finalPayments" | "refunds" | "counterpart" | "netPaid"
> &
  Record<"commitment" | "advances" | "finalPayments" | "refunds" | "counterpart" | "netPaid", string>;

const SELECT = {
  id: true,
  code: true,
  title: true,
  status: true,
  year: true,
  fund: true,
  approvedSupport: true,
  endDate: true,
  establishment: { select: { name: true } },
  contract: { select: { number: true, signedAt: true } },
  progressReports: { select: { period: true } },
  acceptances: { select: { acceptedAt: true }, orderBy: { acceptedAt: "desc" }, take: 1 },
  settlement: { select: { settledAt: true } },
  _count: { select: { followUps: true } },
  supplements: { where: { answeredAt: null }, select: { deadline: true }, orderBy: { round: "desc" }, take: 1 },
  ledger: { select: { kind: true, amount: true } },
} satisfies Prisma.ProposalSelect;

async function load(actor: Actor, extra: Prisma.ProposalWhereInput) {
  assertCanViewImplementation(actor);
  const db = await getDb();
  const where: Prisma.ProposalWhereInput = { AND: [proposalScope(actor), extra] };
  const rows = await db.proposal.findMany({
    where,
    select: SELECT,
    orderBy: [{ year: "desc" }, { updatedAt: "desc" }],
    take: 300,
  });
  const cal = await loadCalendar(db);
  const today = vnDay(new Date());
  const due: DueItem[] = rows.flatMap((p) =>
    dueItemsFor(
      {
        id: p.id,
        code: p.code,
        title: p.title,
        status: p.status,
        contractSignedAt: p.contract?.signedAt ?? null,
        reportedPeriods: p.progressReports.map((r) => r.period),
        endDate: p.endDate,
        lastAcceptanceAt: p.acceptances[0]?.acceptedAt ?? null,
        settledAt: p.settlement?.settledAt ?? null,
        followUps: p._count.followUps,
        openSupplementDeadline: p.supplements[0]?.deadline ?? null,
      },
      today,
      cal,
    ),
  );
  const board: BoardRow[] = rows
    .filter((p) => IMPLEMENTATION_STATUSES.includes(p.status))
    .map((p) => {
      const net = p.ledger.reduce(
        (s, l) =>
          l.kind === "ADVANCE" || l.kind === "FINAL_PAYMENT" ? s + l.amount : l.kind === "REFUND" ? s - l.amount : s,
        0n,
      );
      return {
        id: p.id,
        code: p.code,
        title: p.title,
        status: p.status,
        year: p.year,
        fund: p.fund,
        establishment: p.establishment?.name ?? null,
        approvedSupport: (p.approvedSupport ?? 0n).toString(),
        netPaid: net.toString(),
        contractNumber: p.contract?.number ?? null,
      };
    });
  return { db, rows, board, due: sortDeadlines(due) };
}

/** Staff/leader board: obligations due, đề án under implementation, money totals and accepted results. */
export async function getImplementationBoard(actor: Actor) {
  const { db, rows, board, due } = await load(actor, { status: { in: [...IMPLEMENTATION_STATUSES, "RETURNED"] } });
  const ids = rows.map((r) => r.id);
  const totals: TotalsDto[] = (await ledgerTotals(db, ids)).map((t) => ({
    ...t,
    commitment: t.commitment.toString(),
    advances: t.advances.toString(),
    finalPayments: t.finalPayments.toString(),
    refunds: t.refunds.toString(),
    counterpart: t.counterpart.toString(),
    netPaid: t.netPaid.toString(),
  }));
  const grouped = await db.result.groupBy({
    by: ["indicatorId"],
    where: { origin: "ACCEPTANCE", proposalId: { in: ids } },
    _sum: { value: true },
    _count: { proposalId: true },
  });
  const indicators = await db.indicator.findMany({
    where: { id: { in: grouped.map((g) => g.indicatorId) } },
    select: { id: true, code: true, name: true, unit: true, position: true },
  });
  const results: ResultSummaryRow[] = indicators
    .sort((a, b) => a.position - b.position)
    .map((i) => {
      const g = grouped.find((x) => x.indicatorId === i.id);
      return {
        code: i.code,
        name: i.name,
        unit: i.unit,
        value: (g?._sum.value ?? 0n).toString(),
        proposals: g?._count.proposalId ?? 0,
      };
    });
  return { board, due, totals, results };
}

/** The beneficiary's own đề án under implementation and what it owes (reports). */
export async function getMyImplementation(actor: Actor) {
  const { board, due } = await load(actor, { status: { in: [...IMPLEMENTATION_STATUSES] } });
  return { board, due };
}
