import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { vnDay } from "@/lib/dates";
import { proposalScope, proposalScopeSql } from "@/lib/proposals/scope";
import { decodeCursor, encodeCursor, splitPage } from "@/lib/paging/cursor";
import { DEADLINE_RULES, sortDeadlines } from "@/lib/calendar/deadlines";
import { ledgerTotals, type LedgerTotalsRow } from "@/lib/funding/ledger-sql";
import { assertCanViewImplementation } from "@/lib/implementation/access";
import { loadCalendar } from "@/lib/implementation/calendar-query";
import { dueItemsFor, type DueItem, type ProposalFacts } from "@/lib/implementation/due-items";

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

const ROW_SELECT = {
  id: true,
  code: true,
  title: true,
  status: true,
  year: true,
  fund: true,
  approvedSupport: true,
  ledgerDisbursed: true,
  updatedAt: true,
  establishment: { select: { name: true } },
  contract: { select: { number: true } },
} satisfies Prisma.ProposalSelect;

/** Rows of the board per page (issue 21: a page never lists the whole province). */
export const BOARD_PAGE = 50;
/** Due items shown on the page, most urgent first; the rest are counted. */
export const DUE_SHOWN = 50;
/** Statuses of the board's money totals and results (a returned dossier's money included). */
const OWING: readonly ProposalStatus[] = [...IMPLEMENTATION_STATUSES, "RETURNED"];

function followUpWindowStart(today: Date): Date {
  return new Date(
    Date.UTC(today.getUTCFullYear() - DEADLINE_RULES.followUpUntilYears, today.getUTCMonth(), today.getUTCDate()),
  );
}

/**
 * Every obligation of the đề án in scope that can owe something (owingSql), most urgent first. The facts come from
 * one statement of flat rows — the contract's date, the periods reported, the last acceptance, the settlement, the
 * follow-ups counted and the open supplement request's deadline as columns — where reading them as Prisma relations
 * (six reads per batch of 1,000 and their merging) took more than half of the biggest province's board's server CPU
 * (issue 21: 268 → 126 ms per view). `tests/integration/implementation-board.test.ts` checks the items against the
 * relations' reading.
 */
async function dueItems(actor: Actor, today: Date): Promise<DueItem[]> {
  const db = await getDb();
  const cal = await loadCalendar(db);
  const rows = await db.$queryRaw<ProposalFacts[]>`
    SELECT p.id, p.code, p.title, p.status::text AS status, p."endDate",
      c."signedAt" AS "contractSignedAt",
      COALESCE((SELECT array_agg(r.period) FROM "ProgressReport" r WHERE r."proposalId" = p.id), '{}') AS "reportedPeriods",
      (SELECT max(x."acceptedAt") FROM "Acceptance" x WHERE x."proposalId" = p.id) AS "lastAcceptanceAt",
      st."settledAt",
      (SELECT count(*)::int FROM "FollowUp" f WHERE f."proposalId" = p.id) AS "followUps",
      (SELECT su.deadline FROM "SupplementRequest" su WHERE su."proposalId" = p.id AND su."answeredAt" IS NULL
        ORDER BY su.round DESC LIMIT 1) AS "openSupplementDeadline"
    FROM "Proposal" p
    JOIN "Agency" a ON a.id = p."agencyId"
    LEFT JOIN "Contract" c ON c."proposalId" = p.id
    LEFT JOIN "Settlement" st ON st."proposalId" = p.id
    WHERE (${proposalScopeSql(actor)}) AND ${owingSql(today)}
    ORDER BY p.id`;
  const due: DueItem[] = [];
  for (const f of rows) due.push(...dueItemsFor(f, today, cal));
  return sortDeadlines(due);
}

/**
 * Only đề án that can owe something (lib/implementation/due-items.ts), on "Proposal" p joined to its "Settlement" st:
 * under contract, accepted, returned with an open supplement request, settled without a follow-up within the
 * follow-up window. Approved-only and stopped đề án owe nothing; reading them was most of the board's cost at
 * national scale.
 */
function owingSql(today: Date): Prisma.Sql {
  return Prisma.sql`(
    p.status::text IN ('CONTRACTED', 'IN_PROGRESS', 'ACCEPTED')
    OR (p.status::text = 'RETURNED'
      AND EXISTS (SELECT 1 FROM "SupplementRequest" su WHERE su."proposalId" = p.id AND su."answeredAt" IS NULL))
    OR (p.status::text = 'SETTLED' AND st."settledAt" >= ${followUpWindowStart(today)}
      AND NOT EXISTS (SELECT 1 FROM "FollowUp" f WHERE f."proposalId" = p.id))
  )`;
}

type BoardCursor = { year: number; updatedAt: Date; id: string };

/** One page of the board, newest year and latest change first; `after` is the last row of the previous page. */
async function boardPage(actor: Actor, statuses: readonly ProposalStatus[], after: BoardCursor | null) {
  assertCanViewImplementation(actor);
  const db = await getDb();
  const keyset: Prisma.ProposalWhereInput = after
    ? {
        OR: [
          { year: { lt: after.year } },
          { year: after.year, updatedAt: { lt: after.updatedAt } },
          { year: after.year, updatedAt: after.updatedAt, id: { lt: after.id } },
        ],
      }
    : {};
  const rows = await db.proposal.findMany({
    where: { AND: [proposalScope(actor), { status: { in: [...statuses] } }, keyset] },
    select: ROW_SELECT,
    orderBy: [{ year: "desc" }, { updatedAt: "desc" }, { id: "desc" }],
    take: BOARD_PAGE + 1,
  });
  const page = splitPage(rows, BOARD_PAGE);
  const last = page.rows[page.rows.length - 1];
  const board: BoardRow[] = page.rows.map((p) => ({
    id: p.id,
    code: p.code,
    title: p.title,
    status: p.status,
    year: p.year,
    fund: p.fund,
    establishment: p.establishment?.name ?? null,
    approvedSupport: (p.approvedSupport ?? 0n).toString(),
    netPaid: p.ledgerDisbursed.toString(),
    contractNumber: p.contract?.number ?? null,
  }));
  return {
    board,
    next: page.more && last ? encodeCursor([last.year, last.updatedAt.toISOString(), last.id]) : null,
  };
}

function parseBoardCursor(value: unknown): BoardCursor | null {
  const parts = decodeCursor(value, 3);
  if (!parts) return null;
  const [year, at, id] = parts as [string, string, string];
  const updatedAt = new Date(at);
  return /^\d{4}$/.test(year) && !Number.isNaN(updatedAt.getTime()) && id
    ? { year: Number(year), updatedAt, id }
    : null;
}

/**
 * Staff/leader board: obligations due (all of the scope, the most urgent shown), one page of đề án under
 * implementation, money totals and accepted results over the whole scope — never over a page.
 */
export async function getImplementationBoard(actor: Actor, opts: { after?: string | null } = {}) {
  assertCanViewImplementation(actor);
  const db = await getDb();
  const scope = proposalScopeSql(actor);
  const [page, due, ledger, grouped] = await Promise.all([
    boardPage(actor, IMPLEMENTATION_STATUSES, parseBoardCursor(opts.after)),
    dueItems(actor, vnDay(new Date())),
    ledgerTotals(db, Prisma.sql`(${scope}) AND p.status::text IN (${Prisma.join([...OWING])})`),
    db.result.groupBy({
      by: ["indicatorId"],
      where: {
        origin: "ACCEPTANCE",
        proposal: { is: { AND: [proposalScope(actor), { status: { in: [...OWING] } }] } },
      },
      _sum: { value: true },
      _count: { proposalId: true },
    }),
  ]);
  const totals: TotalsDto[] = ledger.map((t) => ({
    ...t,
    commitment: t.commitment.toString(),
    advances: t.advances.toString(),
    finalPayments: t.finalPayments.toString(),
    refunds: t.refunds.toString(),
    counterpart: t.counterpart.toString(),
    netPaid: t.netPaid.toString(),
  }));
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
  return { board: page.board, next: page.next, due, totals, results };
}

/** The beneficiary's own đề án under implementation and what it owes (reports). */
export async function getMyImplementation(actor: Actor) {
  const [page, due] = await Promise.all([
    boardPage(actor, IMPLEMENTATION_STATUSES, null),
    dueItems(actor, vnDay(new Date())),
  ]);
  return { board: page.board, due };
}
