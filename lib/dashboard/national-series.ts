import type { AggRow } from "@/lib/dashboard/results-aggregate-query";
import { periodLabel } from "@/lib/metrics/period";

// Issue 12 item 1: figures are summed only over the same indicator, the same period definition and a
// comparable scope. A national view lists each province's series side by side; a national total exists
// only where every province reports the same period — otherwise it says which provinces are missing. A
// series whose province the source does not name (provinceId null) is never added to anyone's.

export const UNNAMED_PROVINCE = "Một tỉnh không nêu tên trong nguồn";

export type Series = { provinceId: string | null; rows: AggRow[] };

export function splitSeries(rows: AggRow[]): Series[] {
  const by = new Map<string | null, AggRow[]>();
  for (const r of rows) {
    const k = r.provinceId ?? null;
    const list = by.get(k);
    if (list) list.push(r);
    else by.set(k, [r]);
  }
  return [...by.entries()].map(([provinceId, list]) => ({ provinceId, rows: list }));
}

/** The period definitions of a series, e.g. "2014–2020". */
export function seriesPeriods(rows: AggRow[]): string[] {
  return [...new Set(rows.map((r) => periodLabel(r.startYear ?? 0, r.endYear ?? 0)))].sort();
}

export type NationalVerdict = { summable: boolean; reason: string | null };

/**
 * May the series be added into one national figure? Only when every current province reports, each over
 * the same period definition, and no series is of an unnamed province.
 */
export function nationalVerdict(series: Series[], provinces: Array<{ id: string; name: string }>): NationalVerdict {
  if (series.length === 0) return { summable: false, reason: null };
  if (series.some((s) => s.provinceId === null)) {
    return { summable: false, reason: "Có số liệu của một tỉnh không nêu tên trong nguồn: không cộng với tỉnh khác." };
  }
  const present = new Set(series.map((s) => s.provinceId));
  const missing = provinces.filter((p) => !present.has(p.id)).map((p) => p.name);
  if (missing.length)
    return { summable: false, reason: `Chưa có tổng toàn quốc: thiếu số liệu của ${missing.join(", ")}.` };
  const periods = new Set(series.map((s) => seriesPeriods(s.rows).join("+")));
  if (periods.size > 1)
    return { summable: false, reason: "Chưa có tổng toàn quốc: các tỉnh báo cáo theo giai đoạn khác nhau." };
  return { summable: true, reason: null };
}
