import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { dbRead } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { formatIndicatorValue } from "@/lib/metrics/format";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { resolveDashboardScope } from "@/lib/territory/scope";
import { resultsCte } from "@/lib/dashboard/results-sql";
import { CURSOR_INT, DRILL_PAGE_SIZE } from "@/lib/dashboard/drilldown-query";
import { decodeCursor, encodeCursor } from "@/lib/paging/cursor";
import { libText } from "@/lib/i18n/lib-token";

// The result entries behind an indicator figure of the dashboard (the đề án behind a money figure: drilldown-query.ts).

export type DrillResultDto = {
  id: string;
  year: number | null;
  period: string;
  value: string;
  display: string;
  origin: string;
  source: string | null;
  rawText: string | null;
  evidence: string | null;
  commune: string | null;
  proposalId: string | null;
  proposalTitle: string | null;
};

type RsRow = {
  id: string;
  year: number | null;
  startYear: number;
  endYear: number;
  value: bigint;
  atLeast: boolean;
  origin: string;
  source: string | null;
  rawText: string | null;
  evidence: string | null;
  communeName: string | null;
  proposalId: string | null;
  proposalTitle: string | null;
};

/** The result entries behind an indicator figure (current period, same filters as the dashboard), one page at a
 * time (keyset on year — period entries first — then id), with the count of all of them. */
export async function listDrillResults(
  actor: Actor,
  f: DashboardFilters,
  indicatorCode: string,
  opts: { after?: unknown; pageSize?: number } = {},
) {
  const db = await dbRead();
  const scope = await resolveDashboardScope(db, actor, f);
  const indicator = await db.indicator.findUnique({
    where: { code: indicatorCode },
    select: { id: true, code: true, name: true, unit: true, isMoney: true, valueScale: true },
  });
  if (!indicator) throw new NotFoundError(libText("errors.theIndicatorWasNotFound"));
  const w = { startYear: f.startYear, endYear: f.endYear };
  const year = f.year ? Prisma.sql`AND (rs.year IS NULL OR rs.year <= ${f.year})` : Prisma.empty;
  const size = Math.min(Math.max(opts.pageSize ?? DRILL_PAGE_SIZE, 1), 500);
  const c = decodeCursor(opts.after, 2);
  const after =
    c && CURSOR_INT.test(c[0]!)
      ? Prisma.sql`AND (COALESCE(rs.year, 0), rs.id) > (${Number(c[0])}::int, ${c[1]!})`
      : Prisma.empty;
  const found = await db.$queryRaw<Array<RsRow & { n: number }>>`
    WITH RECURSIVE ${resultsCte(scope, f, w, null, { indicatorId: indicator.id })},
    tot AS (SELECT count(*)::int AS n FROM rs WHERE TRUE ${year}),
    page AS (SELECT rs.* FROM rs WHERE TRUE ${year} ${after} ORDER BY COALESCE(rs.year, 0), rs.id LIMIT ${size + 1})
    SELECT page.id, page.year, page."startYear", page."endYear", page.value, page."atLeast", r.origin::text AS origin, r.source, r."rawText", r.evidence,
      hu.name AS "communeName", p.id AS "proposalId", p.title AS "proposalTitle", tot.n
    FROM tot LEFT JOIN page ON TRUE
    LEFT JOIN "Result" r ON r.id = page.id
    LEFT JOIN "AdminUnit" hu ON hu.id = page."unitId"
    LEFT JOIN "Proposal" p ON p.id = r."proposalId"
    ORDER BY COALESCE(page.year, 0), page.id`;
  const count = found[0]?.n ?? 0;
  const list = found.filter((r) => r.id !== null);
  const more = list.length > size;
  const rows = more ? list.slice(0, size) : list;
  const last = rows[rows.length - 1];
  const fmt = { isMoney: indicator.isMoney, unit: indicator.unit, valueScale: indicator.valueScale };
  return {
    indicator,
    count,
    next: more && last ? encodeCursor([last.year ?? 0, last.id]) : null,
    rows: rows.map((r): DrillResultDto => ({
      id: r.id,
      year: r.year,
      period: r.year ? String(r.year) : `${r.startYear}–${r.endYear}`,
      value: r.value.toString(),
      display: formatIndicatorValue(r.value, fmt, r.atLeast),
      origin: r.origin,
      source: r.source,
      rawText: r.rawText,
      evidence: r.evidence,
      commune: r.communeName,
      proposalId: r.proposalId,
      proposalTitle: r.proposalTitle,
    })),
  };
}
