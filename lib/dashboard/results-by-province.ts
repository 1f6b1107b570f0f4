import type { AggRow } from "@/lib/dashboard/results-aggregate-query";

/**
 * The whole country's results by province, from the current window's totals (already per successor province): summed
 * per indicator and province, in the provinces' code order then the indicators', the first `limit` — as
 * aggregateResultAreas gives a province's communes.
 */
export function resultsByProvince(
  totals: AggRow[],
  indicators: Array<{ id: string; code: string; position: number }>,
  units: Array<{ id: string; code: string; name: string }>,
  year: number | null | undefined,
  limit: number | undefined,
): { rows: AggRow[]; total: number } {
  const unit = new Map(units.map((u) => [u.id, u]));
  const order = [...indicators].sort(
    (a, b) => a.position - b.position || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const position = new Map(order.map((i, k) => [i.id, k]));
  const sums = new Map<string, AggRow>();
  for (const t of totals) {
    if (t.bucket !== "cur" || !t.provinceId || !unit.has(t.provinceId) || !position.has(t.indicatorId)) continue;
    if (year && t.year !== year) continue;
    const key = `${t.indicatorId}|${t.provinceId}`;
    const row = sums.get(key);
    if (row) {
      row.value += BigInt(t.value);
      row.atLeast ||= t.atLeast;
      row.n += Number(t.n);
      row.approx ||= t.approx;
    } else
      sums.set(key, {
        indicatorId: t.indicatorId,
        year: null,
        startYear: null,
        endYear: null,
        bucket: "area",
        areaId: t.provinceId,
        label: unit.get(t.provinceId)!.name,
        historic: null,
        value: BigInt(t.value),
        atLeast: t.atLeast,
        n: Number(t.n),
        approx: t.approx,
      });
  }
  const keyed = [...sums.values()].map((r) => ({
    r,
    code: unit.get(r.areaId!)!.code,
    area: r.areaId!,
    position: position.get(r.indicatorId)!,
  }));
  const rows = keyed
    .sort(
      (a, b) =>
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
        (a.area < b.area ? -1 : a.area > b.area ? 1 : 0) ||
        a.position - b.position,
    )
    .map((k) => k.r);
  return { rows: limit === undefined ? rows : rows.slice(0, limit), total: rows.length };
}
