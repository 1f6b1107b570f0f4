import { describe, expect, it } from "vitest";
import { resultsByProvince } from "@/lib/dashboard/results-by-province";
import type { AggRow } from "@/lib/dashboard/results-aggregate-query";

// The reference: the first version (one composed key per indicator and province, one sort over every sum).
function reference(
  totals: AggRow[],
  indicators: Array<{ id: string; code: string; position: number }>,
  units: Array<{ id: string; code: string; name: string }>,
  year: number | null,
  limit: number | undefined,
) {
  const unit = new Map(units.map((u) => [u.id, u]));
  const order = [...indicators].sort((a, b) => a.position - b.position || (a.code < b.code ? -1 : 1));
  const position = new Map(order.map((i, k) => [i.id, k]));
  const sums = new Map<string, AggRow>();
  for (const t of totals) {
    if (t.bucket !== "cur" || !t.provinceId || !unit.has(t.provinceId) || !position.has(t.indicatorId)) continue;
    if (year && t.year !== year) continue;
    const key = `${t.indicatorId}|${t.provinceId}`;
    const row = sums.get(key);
    if (row) {
      row.value += t.value;
      row.atLeast ||= t.atLeast;
      row.n += t.n;
      row.approx ||= t.approx;
    } else
      sums.set(key, {
        ...t,
        year: null,
        startYear: null,
        endYear: null,
        bucket: "area",
        areaId: t.provinceId,
        label: unit.get(t.provinceId)!.name,
        historic: null,
        provinceId: undefined,
      });
  }
  const rows = [...sums.values()].sort((a, b) => {
    const ca = unit.get(a.areaId!)!.code;
    const cb = unit.get(b.areaId!)!.code;
    const byArea = ca < cb ? -1 : ca > cb ? 1 : a.areaId! < b.areaId! ? -1 : a.areaId! > b.areaId! ? 1 : 0;
    return byArea || position.get(a.indicatorId)! - position.get(b.indicatorId)!;
  });
  return { rows: limit === undefined ? rows : rows.slice(0, limit), total: rows.length };
}

describe("resultsByProvince", () => {
  // Deterministic pseudo-random rows: provinces in and out of the list, an unknown indicator, both windows, years,
  // whole-period figures, "at least" and approximate figures.
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return Math.floor(seed / 65536) % n;
  };
  const units = Array.from({ length: 9 }, (_, i) => ({
    id: `p${(i * 7) % 9}`,
    code: `${(i * 5) % 9}`,
    name: `Tỉnh ${i}`,
  }));
  const indicators = Array.from({ length: 6 }, (_, i) => ({ id: `i${i}`, code: `C${5 - i}`, position: i % 3 }));
  const totals: AggRow[] = Array.from({ length: 3000 }, () => ({
    indicatorId: `i${rnd(7)}`,
    year: rnd(4) === 0 ? null : 2021 + rnd(5),
    startYear: 2021,
    endYear: 2025,
    bucket: rnd(3) === 0 ? "prev" : "cur",
    areaId: null,
    label: null,
    historic: null,
    value: BigInt(rnd(1000)),
    atLeast: rnd(10) === 0,
    n: 1 + rnd(3),
    approx: rnd(12) === 0,
    provinceId: rnd(15) === 0 ? null : `p${rnd(11)}`,
  }));
  const strip = (r: AggRow) => ({ ...r, provinceId: undefined });

  for (const [year, limit] of [
    [null, undefined],
    [null, 30],
    [2023, 30],
    [2022, undefined],
  ] as const)
    it(`equals the reference (year ${year}, limit ${limit})`, () => {
      const got = resultsByProvince(totals, indicators, units, year, limit);
      const want = reference(totals, indicators, units, year, limit);
      expect(got.total).toBe(want.total);
      expect(got.total).toBeGreaterThan(30);
      expect(got.rows.map(strip)).toEqual(want.rows.map(strip));
    });
});
