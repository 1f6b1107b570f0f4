import { Prisma } from "@/lib/generated/prisma/client";
import { dbRead } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { formatIndicatorValue, formatMoneyShort } from "@/lib/metrics/format";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { resolveDashboardScope } from "@/lib/territory/scope";
import { proposalFiguresCte } from "@/lib/dashboard/proposal-figures-sql";
import { resultsCte } from "@/lib/dashboard/results-sql";
import { STATUS_LABELS } from "@/lib/dashboard/statuses";

export type DrillProposalDto = {
  id: string; code: string | null; title: string; year: number; fund: string; status: string; category: string; commune: string | null;
  committed: string; disbursed: string; settled: string; counterpart: string;
  /** Amounts invented for the demo (Proposal.fictional): shown "minh họa". */
  illustrative: boolean;
  display: { committed: string; disbursed: string; settled: string; counterpart: string };
};

type PfRow = { id: string; code: string | null; title: string; year: number; fund: string; status: string; categoryName: string; communeName: string | null; committed: bigint; disbursed: bigint; settled: bigint; counterpart: bigint; illustrative: boolean };

/** The đề án behind a budget, activity or commune figure: the same rows the dashboard summed. */
export async function listDrillProposals(actor: Actor, f: DashboardFilters): Promise<{ rows: DrillProposalDto[]; total: DrillProposalDto["display"] & { committed: string } }> {
  const db = await dbRead();
  const scope = await resolveDashboardScope(db, actor, f);
  const communeNull = f.commune === "none" ? Prisma.sql`WHERE pf."communeId" IS NULL` : Prisma.empty;
  const rows = await db.$queryRaw<PfRow[]>`
    WITH RECURSIVE ${proposalFiguresCte(scope, { ...f, commune: f.commune === "none" ? null : f.commune }, { yearFrom: f.startYear, yearTo: f.endYear })}
    SELECT pf.id, pf.code, pf.title, pf.year, pf.fund, pf.status, pf."categoryName", cu.name AS "communeName",
      pf.committed, pf.disbursed, pf.settled, pf.counterpart, pf.illustrative
    FROM pf LEFT JOIN "AdminUnit" cu ON cu.id = pf."unitId" ${communeNull}
    ORDER BY pf.year DESC, pf.committed DESC, pf.title`;
  const sum = (k: "committed" | "disbursed" | "settled" | "counterpart") => rows.reduce((s, r) => s + r[k], 0n);
  return {
    rows: rows.map((r) => ({
      id: r.id, code: r.code, title: r.title, year: r.year, fund: r.fund, status: STATUS_LABELS[r.status as keyof typeof STATUS_LABELS] ?? r.status,
      category: r.categoryName, commune: r.communeName,
      committed: r.committed.toString(), disbursed: r.disbursed.toString(), settled: r.settled.toString(), counterpart: r.counterpart.toString(),
      illustrative: r.illustrative,
      display: { committed: formatMoneyShort(r.committed), disbursed: formatMoneyShort(r.disbursed), settled: formatMoneyShort(r.settled), counterpart: formatMoneyShort(r.counterpart) },
    })),
    total: { committed: formatMoneyShort(sum("committed")), disbursed: formatMoneyShort(sum("disbursed")), settled: formatMoneyShort(sum("settled")), counterpart: formatMoneyShort(sum("counterpart")) },
  };
}

export type DrillResultDto = {
  id: string; year: number | null; period: string; value: string; display: string; origin: string; source: string | null; rawText: string | null;
  evidence: string | null; commune: string | null; proposalId: string | null; proposalTitle: string | null;
};

type RsRow = { id: string; year: number | null; startYear: number; endYear: number; value: bigint; atLeast: boolean; origin: string; source: string | null; rawText: string | null; evidence: string | null; communeName: string | null; proposalId: string | null; proposalTitle: string | null };

/** The result entries behind an indicator figure (current period, same filters as the dashboard). */
export async function listDrillResults(actor: Actor, f: DashboardFilters, indicatorCode: string) {
  const db = await dbRead();
  const scope = await resolveDashboardScope(db, actor, f);
  const indicator = await db.indicator.findUnique({ where: { code: indicatorCode }, select: { id: true, code: true, name: true, unit: true, isMoney: true, valueScale: true } });
  if (!indicator) throw new NotFoundError("Không tìm thấy chỉ tiêu.");
  const w = { startYear: f.startYear, endYear: f.endYear };
  const year = f.year ? Prisma.sql`AND (rs.year IS NULL OR rs.year <= ${f.year})` : Prisma.empty;
  const rows = await db.$queryRaw<RsRow[]>`
    WITH RECURSIVE ${resultsCte(scope, f, w, null, { indicatorId: indicator.id })}
    SELECT rs.id, rs.year, rs."startYear", rs."endYear", rs.value, rs."atLeast", r.origin::text AS origin, r.source, r."rawText", r.evidence,
      hu.name AS "communeName", p.id AS "proposalId", p.title AS "proposalTitle"
    FROM rs JOIN "Result" r ON r.id = rs.id
    LEFT JOIN "AdminUnit" hu ON hu.id = rs."unitId"
    LEFT JOIN "Proposal" p ON p.id = r."proposalId"
    WHERE TRUE ${year}
    ORDER BY rs.year NULLS FIRST, rs.id`;
  const fmt = { isMoney: indicator.isMoney, unit: indicator.unit, valueScale: indicator.valueScale };
  return {
    indicator,
    rows: rows.map((r): DrillResultDto => ({
      id: r.id, year: r.year, period: r.year ? String(r.year) : `${r.startYear}–${r.endYear}`, value: r.value.toString(),
      display: formatIndicatorValue(r.value, fmt, r.atLeast), origin: r.origin, source: r.source, rawText: r.rawText, evidence: r.evidence,
      commune: r.communeName, proposalId: r.proposalId, proposalTitle: r.proposalTitle,
    })),
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
      implementingUnit: true, objectives: true, totalCost: true, source: true, fictional: true,
      establishment: { select: { name: true } }, agency: { select: { name: true } },
      results: { where: { status: "APPROVED" }, select: { id: true, year: true, value: true, atLeast: true, indicator: { select: { name: true, unit: true, isMoney: true, valueScale: true } } } },
      ledger: { orderBy: { occurredAt: "asc" }, select: { id: true, kind: true, amount: true, occurredAt: true, note: true } },
    },
  });
  return {
    ...row,
    status: STATUS_LABELS[row.status as keyof typeof STATUS_LABELS] ?? row.status,
    display: { committed: formatMoneyShort(row.committed), disbursed: formatMoneyShort(row.disbursed), settled: formatMoneyShort(row.settled), counterpart: formatMoneyShort(row.counterpart), totalCost: formatMoneyShort(detail.totalCost) },
    implementingUnit: detail.implementingUnit, objectives: detail.objectives, source: detail.source, fictional: detail.fictional,
    beneficiary: detail.establishment?.name ?? null, agency: detail.agency.name,
    results: detail.results.map((r) => ({ id: r.id, year: r.year, indicator: r.indicator.name, display: formatIndicatorValue(r.value, r.indicator, r.atLeast) })),
    ledger: detail.ledger.map((l) => ({ id: l.id, kind: l.kind, amount: formatMoneyShort(l.amount), occurredAt: l.occurredAt.toISOString().slice(0, 10), note: l.note })),
  };
}
