import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { dbRead } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { formatIndicatorValue, formatMoneyShort } from "@/lib/metrics/format";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { resolveDashboardScope } from "@/lib/territory/scope";
import { committedSql, proposalFiguresCte, proposalFiguresFrom } from "@/lib/dashboard/proposal-figures-sql";
import { proposalTotalsPt } from "@/lib/dashboard/proposal-totals-sql";
import { STATUS_LABELS } from "@/lib/dashboard/statuses";
import { decodeCursor, encodeCursor } from "@/lib/paging/cursor";

export type DrillProposalDto = {
  id: string;
  code: string | null;
  title: string;
  year: number;
  fund: string;
  status: string;
  category: string;
  commune: string | null;
  committed: string;
  disbursed: string;
  settled: string;
  counterpart: string;
  /** Amounts invented for the demo (Proposal.fictional): shown "minh họa". */
  illustrative: boolean;
  display: { committed: string; disbursed: string; settled: string; counterpart: string };
};

type PfRow = {
  id: string;
  code: string | null;
  title: string;
  year: number;
  fund: string;
  status: string;
  categoryName: string;
  communeName: string | null;
  committed: bigint;
  disbursed: bigint;
  settled: bigint;
  counterpart: bigint;
  illustrative: boolean;
};

/** Rows per drill-down page (issue 21: a page never carries the whole country — it was 124.7 MB of HTML). */
export const DRILL_PAGE_SIZE = 100;

/** A cursor part that must be an integer (year, amount) before it reaches SQL. */
export const CURSOR_INT = /^-?\d{1,19}$/;

export type DrillProposalPage = {
  rows: DrillProposalDto[];
  /** Totals over every đề án behind the figure, not only this page. */
  total: DrillProposalDto["display"] & { count: number };
  /** Cursor of the next page; null on the last one. */
  next: string | null;
};

/**
 * The đề án behind a budget, activity or commune figure: the same rows the dashboard summed, one page at a time
 * (keyset on year ↓, committed ↓, id), with the totals and the count of all of them in the same statement.
 */
export async function listDrillProposals(
  actor: Actor,
  f: DashboardFilters,
  opts: { after?: unknown; pageSize?: number } = {},
): Promise<DrillProposalPage> {
  const db = await dbRead();
  const scope = await resolveDashboardScope(db, actor, f);
  const size = Math.min(Math.max(opts.pageSize ?? DRILL_PAGE_SIZE, 1), 500);
  const fx = { ...f, commune: f.commune === "none" ? null : f.commune };
  const win = { yearFrom: f.startYear, yearTo: f.endYear };
  // "No commune" (commune=none): rows without one; a unit with a successor always has a commune.
  const communeNullP = f.commune === "none" ? Prisma.sql`AND p."communeId" IS NULL` : Prisma.empty;
  const communeNullT = f.commune === "none" ? Prisma.sql`WHERE pt."communeId" IS NULL` : Prisma.empty;
  const c = decodeCursor(opts.after, 3);
  const after =
    c && CURSOR_INT.test(c[0]!) && CURSOR_INT.test(c[1]!)
      ? Prisma.sql`AND (p.year < ${Number(c[0])} OR (p.year = ${Number(c[0])} AND (${committedSql} < ${BigInt(c[1]!)} OR (${committedSql} = ${BigInt(c[1]!)} AND p.id > ${c[2]!}))))`
      : Prisma.empty;
  // Issue 21: the page's ids and the count read only indexed columns (index-only: "Proposal_owner_read_idx" for the
  // country, "Proposal_agency_read_idx" for a province); the money totals come from the "ProposalTotal" roll-up
  // (the same definitions, kept by triggers); only the page's rows are read in full. The whole country's
  // unfiltered drill-down read and sorted every đề án of the period (~380 ms at national scale).
  const from = proposalFiguresFrom(scope, fx, win);
  const rows = await db.$queryRaw<
    Array<PfRow & { n: number; tCommitted: bigint; tDisbursed: bigint; tSettled: bigint; tCounterpart: bigint }>
  >`
    WITH RECURSIVE ${proposalFiguresCte(scope, fx, { ...win, ids: Prisma.sql`SELECT pick.id FROM pick` })},
    ${proposalTotalsPt(scope, fx, win)},
    pick AS (
      SELECT p.id ${from} ${communeNullP} ${after}
      ORDER BY p.year DESC, ${committedSql} DESC, p.id
      LIMIT ${size + 1}
    ),
    cnt AS (SELECT count(*)::int AS n ${from} ${communeNullP}),
    tot AS (
      SELECT COALESCE(sum(pt.committed), 0)::bigint AS "tCommitted", COALESCE(sum(pt.disbursed), 0)::bigint AS "tDisbursed",
        COALESCE(sum(pt.settled), 0)::bigint AS "tSettled", COALESCE(sum(pt.counterpart), 0)::bigint AS "tCounterpart"
      FROM pt ${communeNullT}
    )
    SELECT pf.id, pf.code, pf.title, pf.year, pf.fund, pf.status, pf."categoryName", cu.name AS "communeName",
      pf.committed, pf.disbursed, pf.settled, pf.counterpart, pf.illustrative, cnt.n, tot.*
    FROM cnt CROSS JOIN tot LEFT JOIN pf ON TRUE LEFT JOIN "AdminUnit" cu ON cu.id = pf."unitId"
    ORDER BY pf.year DESC, pf.committed DESC, pf.id`;
  const t = rows[0];
  const list = rows.filter((r) => r.id !== null);
  const more = list.length > size;
  const shown = more ? list.slice(0, size) : list;
  const last = shown[shown.length - 1];
  return {
    rows: shown.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      year: r.year,
      fund: r.fund,
      status: STATUS_LABELS[r.status as keyof typeof STATUS_LABELS] ?? r.status,
      category: r.categoryName,
      commune: r.communeName,
      committed: r.committed.toString(),
      disbursed: r.disbursed.toString(),
      settled: r.settled.toString(),
      counterpart: r.counterpart.toString(),
      illustrative: r.illustrative,
      display: {
        committed: formatMoneyShort(r.committed),
        disbursed: formatMoneyShort(r.disbursed),
        settled: formatMoneyShort(r.settled),
        counterpart: formatMoneyShort(r.counterpart),
      },
    })),
    total: {
      count: t?.n ?? 0,
      committed: formatMoneyShort(t?.tCommitted ?? 0n),
      disbursed: formatMoneyShort(t?.tDisbursed ?? 0n),
      settled: formatMoneyShort(t?.tSettled ?? 0n),
      counterpart: formatMoneyShort(t?.tCounterpart ?? 0n),
    },
    next: more && last ? encodeCursor([last.year, last.committed, last.id]) : null,
  };
}

/** One đề án with its money, as reached from a dashboard figure; out of scope answers "not found". */
export async function getDrillProposal(actor: Actor, id: string) {
  const db = await dbRead();
  const scope = await resolveDashboardScope(db, actor, { province: null });
  const [row] = await db.$queryRaw<Array<PfRow & { fund: string }>>`
    WITH RECURSIVE ${proposalFiguresCte(scope, { startYear: 1900, endYear: 3000, year: null, fund: null, category: null, commune: null, province: null }, { yearFrom: 1900, yearTo: 3000, proposalId: id })}
    SELECT pf.id, pf.code, pf.title, pf.year, pf.fund, pf.status, pf."categoryName", cu.name AS "communeName",
      pf.committed, pf.disbursed, pf.settled, pf.counterpart, pf.illustrative
    FROM pf LEFT JOIN "AdminUnit" cu ON cu.id = pf."unitId"`;
  if (!row) throw new NotFoundError();
  const detail = await db.proposal.findUniqueOrThrow({
    where: { id },
    select: {
      implementingUnit: true,
      objectives: true,
      totalCost: true,
      source: true,
      fictional: true,
      establishment: { select: { name: true } },
      agency: { select: { name: true } },
      results: {
        where: { status: "APPROVED" },
        select: {
          id: true,
          year: true,
          value: true,
          atLeast: true,
          indicator: { select: { name: true, unit: true, isMoney: true, valueScale: true } },
        },
      },
      ledger: {
        orderBy: { occurredAt: "asc" },
        select: { id: true, kind: true, amount: true, occurredAt: true, note: true },
      },
    },
  });
  return {
    ...row,
    status: STATUS_LABELS[row.status as keyof typeof STATUS_LABELS] ?? row.status,
    display: {
      committed: formatMoneyShort(row.committed),
      disbursed: formatMoneyShort(row.disbursed),
      settled: formatMoneyShort(row.settled),
      counterpart: formatMoneyShort(row.counterpart),
      totalCost: formatMoneyShort(detail.totalCost),
    },
    implementingUnit: detail.implementingUnit,
    objectives: detail.objectives,
    source: detail.source,
    fictional: detail.fictional,
    beneficiary: detail.establishment?.name ?? null,
    agency: detail.agency.name,
    results: detail.results.map((r) => ({
      id: r.id,
      year: r.year,
      indicator: r.indicator.name,
      display: formatIndicatorValue(r.value, r.indicator, r.atLeast),
    })),
    ledger: detail.ledger.map((l) => ({
      id: l.id,
      kind: l.kind,
      amount: formatMoneyShort(l.amount),
      occurredAt: l.occurredAt.toISOString().slice(0, 10),
      note: l.note,
    })),
  };
}
