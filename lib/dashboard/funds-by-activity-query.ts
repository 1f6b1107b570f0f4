import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { formatMoneyShort } from "@/lib/metrics/format";
import { periodLabel } from "@/lib/metrics/period";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardScope } from "@/lib/territory/scope";
import { resultsCte, resultTotalsCte, type Window } from "@/lib/dashboard/results-sql";
import type { FundsBreakdownDto } from "@/lib/dashboard/dto";

type Q = PrismaClient | Tx;
type Row = {
  bucket: "cur" | "prev";
  indicator: string;
  key: string | null;
  label: string | null;
  raw: string | null;
  value: bigint;
};

// Funds spent per activity as the sources itemise them (indicator KP_THEO_NOI_DUNG), against the total
// spent (KP_KC_DP + KP_KC_QG). What the sources do not itemise is shown as its own line instead of being
// forced into a category: Vĩnh Phúc 2014–2020 itemises 25,989 of 27,872 tỷ, leaving 1,883 triệu (domain §8.2).
const ITEMISED = "KP_THEO_NOI_DUNG";
const TOTALS = ["KP_KC_DP", "KP_KC_QG"];

function build(rows: Row[], w: Window): FundsBreakdownDto | null {
  const items = rows.filter((r) => r.indicator === ITEMISED);
  if (!items.length) return null;
  const totals = rows.filter((r) => TOTALS.includes(r.indicator));
  const itemised = items.reduce((s, r) => s + r.value, 0n);
  const total = totals.length ? totals.reduce((s, r) => s + r.value, 0n) : null;
  const lines = items
    .map((r) => ({
      key: r.key,
      label: r.label ?? `Không tách theo nội dung${r.raw ? `: “${r.raw}”` : ""}`,
      value: r.value.toString(),
      display: formatMoneyShort(r.value),
    }))
    .sort((a, b) => Number(BigInt(b.value) - BigInt(a.value)));
  const rest = total !== null && total > itemised ? total - itemised : null;
  return {
    label: periodLabel(w.startYear, w.endYear),
    rows: lines,
    itemised: { value: itemised.toString(), display: formatMoneyShort(itemised) },
    unallocated: rest === null ? null : { value: rest.toString(), display: formatMoneyShort(rest) },
    total: total === null ? null : { value: total.toString(), display: formatMoneyShort(total) },
  };
}

export async function loadFundsByActivity(
  db: Q,
  scope: DashboardScope,
  f: DashboardFilters,
  current: Window,
  previous: Window | null,
) {
  const codes = Prisma.join([ITEMISED, ...TOTALS]);
  // Only the commune filter needs the results themselves; otherwise the roll-up holds the same sums.
  const rows = f.commune
    ? await db.$queryRaw<Row[]>`
      WITH RECURSIVE ${resultsCte(scope, { ...f, year: null }, current, previous)}
      SELECT CASE WHEN rs."isCurrent" THEN 'cur' ELSE 'prev' END AS bucket, i.code AS indicator, c.code AS key, MIN(c.name) AS label,
        CASE WHEN c.code IS NULL THEN NULLIF(r."rawText", '') END AS raw, SUM(rs.value)::bigint AS value
      FROM rs JOIN "Result" r ON r.id = rs.id JOIN "Indicator" i ON i.id = rs."indicatorId"
      LEFT JOIN "ActivityCategory" c ON c.id = r."activityCategoryId"
      WHERE i.code IN (${codes})
      GROUP BY 1, i.code, c.code, 5`
    : await db.$queryRaw<Row[]>`
      WITH ${resultTotalsCte(scope, { ...f, year: null }, current, previous)}
      SELECT CASE WHEN rt."isCurrent" THEN 'cur' ELSE 'prev' END AS bucket, i.code AS indicator, rt."categoryCode" AS key, MIN(rt."categoryName") AS label,
        rt."rawText" AS raw, SUM(rt.value)::bigint AS value
      FROM rt JOIN "Indicator" i ON i.id = rt."indicatorId"
      WHERE i.code IN (${codes})
      GROUP BY 1, i.code, rt."categoryCode", rt."rawText"`;
  return {
    current: build(
      rows.filter((r) => r.bucket === "cur"),
      current,
    ),
    previous: previous
      ? build(
          rows.filter((r) => r.bucket === "prev"),
          previous,
        )
      : null,
  };
}
