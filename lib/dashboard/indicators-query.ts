import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { computeActual, computeYear, type YearValue } from "@/lib/metrics/actual";
import { achievement, progressStatus } from "@/lib/metrics/progress";
import { STATUS_META } from "@/lib/metrics/status-meta";
import { formatBp, formatIndicatorValue } from "@/lib/metrics/format";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardScope } from "@/lib/territory/scope";
import type { Window } from "@/lib/dashboard/results-sql";
import { aggregateResultAreas, aggregateResultTotals, type AggRow } from "@/lib/dashboard/results-aggregate-query";
import type { CommuneResultDto, IndicatorRowDto } from "@/lib/dashboard/dto";
import { nationalVerdict, seriesPeriods, splitSeries, UNNAMED_PROVINCE } from "@/lib/dashboard/national-series";
import { resultsByProvince } from "@/lib/dashboard/results-by-province";

type Q = PrismaClient | Tx;

// One collator for every sort: localeCompare(…, "vi") builds a new one per comparison.
const byName = new Intl.Collator("vi");
// The previous window: which provinces report it, over which period ("prev" per province and year, or "prevp" per
// province and period for the whole country); its sums ("prev", or "prevs" per year over every province).
const prevPresence = (a: AggRow) => a.bucket === "prev" || a.bucket === "prevp";
const prevSum = (a: AggRow) => a.bucket === "prev" || a.bucket === "prevs";
function targetWhere(scope: DashboardScope, f: DashboardFilters, w: Window): Prisma.TargetWhereInput {
  const place: Prisma.TargetWhereInput =
    scope.provinceIds === null
      ? {}
      : {
          OR: [
            { provinceId: { in: scope.provinceIds } },
            { provinceId: null, agency: { provinceId: { in: scope.provinceIds } } },
          ],
        };
  return {
    AND: [
      place,
      { startYear: w.startYear, endYear: w.endYear },
      f.fund ? { OR: [{ fund: f.fund }, { fund: null }] } : {},
    ],
  };
}

export type IndicatorView = {
  rows: IndicatorRowDto[];
  communeResults: CommuneResultDto[];
  /** Every area result, of which `communeResults` holds the first `areaLimit`. */
  communeResultsTotal: number;
};

export async function loadIndicatorRows(
  db: Q,
  scope: DashboardScope,
  f: DashboardFilters,
  current: Window,
  previous: Window | null,
  elapsedBp: number,
  opts: {
    areas?: boolean;
    cutoff?: Date;
    areaLimit?: number;
    /**
     * Whole country: how many provinces' series to format per indicator — none under a figure the country may sum,
     * the first `seriesShown` by name under one it may not (the page's list); `seriesTotal` still counts them all.
     * Unset: every series (reports, exports, the open-data API).
     */
    seriesShown?: number;
  } = {},
): Promise<IndicatorView> {
  const national = scope.provinceIds === null;
  const [totals, provinceAreas, targets, indicators, provinces, provinceUnits] = await Promise.all([
    aggregateResultTotals(db, scope, f, current, previous, opts.cutoff),
    // The whole country's results by province are the current window's totals summed per province (below): no second
    // read of the period's ~100,000 roll-up rows (issue 21).
    opts.areas === false || national
      ? { rows: [], total: 0 }
      : aggregateResultAreas(db, scope, f, current, opts.cutoff, opts.areaLimit),
    db.target.findMany({
      where: targetWhere(scope, f, current),
      select: {
        indicatorId: true,
        year: true,
        value: true,
        atLeast: true,
        rawText: true,
        source: true,
        note: true,
        fund: true,
      },
    }),
    db.indicator.findMany({
      orderBy: { position: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        unit: true,
        isMoney: true,
        valueScale: true,
        cumulative: true,
        direction: true,
        position: true,
      },
    }),
    national
      ? db.adminUnit.findMany({
          where: { level: "PROVINCE", validTo: null },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : Promise.resolve([]),
    national && opts.areas !== false
      ? db.adminUnit.findMany({ where: { level: "PROVINCE" }, select: { id: true, code: true, name: true } })
      : Promise.resolve([]),
  ]);
  const areas = national
    ? opts.areas === false
      ? { rows: [], total: 0 }
      : resultsByProvince(totals, indicators, provinceUnits, f.year, opts.areaLimit)
    : provinceAreas;
  const provinceName = new Map(provinces.map((p) => [p.id, p.name]));
  const rows: IndicatorRowDto[] = [];
  // Each indicator's totals, in one pass (the whole country's are ~10,000 rows: filtering them once per indicator was
  // ~10 % of the ministry dashboard's CPU).
  const totalsOf = new Map<string, AggRow[]>();
  for (const a of totals) {
    const list = totalsOf.get(a.indicatorId);
    if (list) list.push(a);
    else totalsOf.set(a.indicatorId, [a]);
  }
  for (const ind of indicators) {
    const all = totalsOf.get(ind.id) ?? [];
    const fmt0 = { isMoney: ind.isMoney, unit: ind.unit, valueScale: ind.valueScale };
    // The whole country: each province's series side by side; one national figure only where they may be summed.
    const curSeries = national ? splitSeries(all.filter((a) => a.bucket === "cur")) : [];
    const prevSeries = national ? splitSeries(all.filter(prevPresence)) : [];
    const verdict = nationalVerdict(curSeries, provinces);
    const prevVerdict = nationalVerdict(prevSeries, provinces);
    const mine = national
      ? all.filter((a) => (a.bucket === "cur" ? verdict.summable : prevSum(a) && prevVerdict.summable))
      : all;
    const provinceOf = (sr: (typeof curSeries)[number]) =>
      sr.provinceId === null ? UNNAMED_PROVINCE : (provinceName.get(sr.provinceId) ?? "—");
    const named = curSeries.map((sr) => ({ sr, province: provinceOf(sr) }));
    named.sort((x, y) => byName.compare(x.province, y.province));
    const cur: YearValue[] = mine
      .filter((a) => a.bucket === "cur")
      .map((a) => ({ year: a.year, value: a.value, atLeast: a.atLeast }));
    const prev: YearValue[] = mine.filter(prevSum).map((a) => ({ year: a.year, value: a.value, atLeast: a.atLeast }));
    const curApprox = mine.some((a) => a.bucket === "cur" && a.approx);
    const prevApprox = mine.some((a) => prevSum(a) && a.approx);
    const tgts = targets.filter((t) => t.indicatorId === ind.id);
    if (!cur.length && !prev.length && !tgts.length && !curSeries.length) continue;
    const fmt = { isMoney: ind.isMoney, unit: ind.unit, valueScale: ind.valueScale };
    // A period target wins; otherwise yearly targets add up to the period (or give the chosen year's).
    const periodTargets = tgts.filter((t) => t.year === null);
    const chosen = f.year ? tgts.filter((t) => t.year === f.year) : [];
    const used = chosen.length ? chosen : periodTargets.length ? periodTargets : tgts;
    const target = used.length
      ? { value: used.reduce((s, t) => s + t.value, 0n), atLeast: used.some((t) => t.atLeast) }
      : null;
    const actual = computeActual(cur, { ...current, cumulative: ind.cumulative, untilYear: f.year ?? undefined });
    // A national figure the country may sum lists no province under it (the page); one it may not lists the first few.
    const shown = opts.seriesShown === undefined ? named.length : actual.hasData ? 0 : opts.seriesShown;
    const series = named.slice(0, shown).map(({ sr, province }) => {
      const a = computeActual(
        sr.rows.map((r) => ({ year: r.year, value: r.value, atLeast: r.atLeast })),
        { ...current, cumulative: ind.cumulative, untilYear: f.year ?? undefined },
      );
      return {
        province,
        period: seriesPeriods(sr.rows).join(", "),
        display: formatIndicatorValue(
          a.value,
          fmt0,
          a.atLeast,
          sr.rows.some((r) => r.approx),
        ),
      };
    });
    const yearFig = f.year ? computeYear(cur, f.year) : null;
    const compared = chosen.length && yearFig ? yearFig.value : actual.value;
    const hasData = chosen.length && yearFig ? yearFig.hasData : actual.hasData;
    // Without any recorded result the share is unknown, not 0 %.
    const ach = hasData
      ? achievement(target, compared, ind.direction)
      : { percentBp: null, met: target ? false : null };
    const status = progressStatus({ achievement: ach, hasData, elapsedBp, cumulative: ind.cumulative });
    const previousActual = previous ? computeActual(prev, { ...previous, cumulative: ind.cumulative }) : null;
    rows.push({
      indicatorId: ind.id,
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      isMoney: ind.isMoney,
      valueScale: ind.valueScale,
      cumulative: ind.cumulative,
      target: target
        ? {
            value: target.value.toString(),
            atLeast: target.atLeast,
            display: formatIndicatorValue(target.value, fmt, target.atLeast),
            rawTexts: used.map((t) => t.rawText).filter((x): x is string => Boolean(x)),
            sources: [...new Set(used.map((t) => t.source))],
            notes: used.map((t) => t.note).filter((x): x is string => Boolean(x)),
            fund: used[0]?.fund ?? null,
          }
        : null,
      actual: {
        value: actual.value.toString(),
        atLeast: actual.atLeast,
        approximate: curApprox,
        display: actual.hasData
          ? formatIndicatorValue(actual.value, fmt, actual.atLeast, curApprox)
          : named.length
            ? "Không cộng gộp giữa các tỉnh"
            : "Chưa có số liệu",
        hasData: actual.hasData,
        entries: mine.filter((a) => a.bucket === "cur").reduce((s, a) => s + a.n, 0),
      },
      series: national ? series : undefined,
      seriesTotal: national ? named.length : undefined,
      nationalNote: national ? verdict.reason : null,
      yearActual:
        yearFig && f.year
          ? {
              year: f.year,
              value: yearFig.value.toString(),
              display: yearFig.hasData ? formatIndicatorValue(yearFig.value, fmt, yearFig.atLeast) : "—",
              hasData: yearFig.hasData,
            }
          : null,
      percentBp: ach.percentBp,
      percentDisplay: formatBp(ach.percentBp),
      status,
      statusLabel: STATUS_META[status].label.vi,
      tone: STATUS_META[status].tone,
      byYear: actual.byYear.map((p) => ({
        year: p.year,
        value: p.value === null ? null : p.value.toString(),
        display: p.value === null ? "—" : formatIndicatorValue(p.value, fmt),
        toDateDisplay: p.toDate === null ? "—" : formatIndicatorValue(p.toDate, fmt, p.atLeast),
      })),
      previous: previousActual
        ? {
            value: previousActual.value.toString(),
            hasData: previousActual.hasData,
            display: previousActual.hasData
              ? formatIndicatorValue(previousActual.value, fmt, previousActual.atLeast, prevApprox)
              : "—",
          }
        : null,
    });
  }
  const byId = new Map(indicators.map((ind) => [ind.id, ind]));
  // Already in the areas' official order, then the indicators' (aggregateResultAreas).
  const communeResults = areas.rows.flatMap((a) => {
    const ind = byId.get(a.indicatorId);
    if (!ind || !a.areaId) return [];
    const fmt = { isMoney: ind.isMoney, unit: ind.unit, valueScale: ind.valueScale };
    const historic = a.historic ? a.historic.split("; ").map((h) => `${h} (đến 30/06/2025)`) : [];
    return [
      {
        communeId: a.areaId,
        label: a.label ?? "—",
        historic,
        indicatorCode: ind.code,
        indicatorName: ind.name,
        value: a.value.toString(),
        display: formatIndicatorValue(a.value, fmt, a.atLeast, a.approx),
      },
    ];
  });
  return { rows, communeResults, communeResultsTotal: areas.total };
}
