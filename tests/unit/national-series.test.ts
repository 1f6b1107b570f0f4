import { describe, expect, it } from "vitest";
import type { AggRow } from "@/lib/dashboard/results-aggregate-query";
import { nationalVerdict, seriesPeriods, splitSeries } from "@/lib/dashboard/national-series";

const row = (provinceId: string | null, year: number | null, span?: [number, number]): AggRow => ({
  indicatorId: "i",
  year,
  startYear: span?.[0] ?? null,
  endYear: span?.[1] ?? null,
  bucket: "cur",
  areaId: null,
  label: null,
  historic: null,
  provinceId,
  value: 1n,
  atLeast: false,
  n: 1,
  approx: false,
});

const provinces = [
  { id: "a", name: "tỉnh A" },
  { id: "b", name: "tỉnh B" },
];

describe("national series", () => {
  it("names each distinct period of a series once, in order", () => {
    expect(seriesPeriods([row("a", 2021), row("a", 2022), row("a", 2023)])).toEqual(["0"]);
    expect(seriesPeriods([row("a", null, [2016, 2020]), row("a", 2021), row("a", null, [2016, 2020])])).toEqual([
      "0",
      "2016–2020",
    ]);
    expect(seriesPeriods([row("a", null, [2021, 2025]), row("a", null, [2016, 2020])])).toEqual([
      "2016–2020",
      "2021–2025",
    ]);
  });

  it("sums the provinces only when every one reports over the same periods", () => {
    const same = splitSeries([row("a", 2021), row("b", 2021), row("b", 2022)]);
    expect(nationalVerdict(same, provinces)).toEqual({ summable: true, reason: null });
    const mixed = splitSeries([row("a", 2021), row("b", null, [2021, 2025])]);
    expect(nationalVerdict(mixed, provinces).summable).toBe(false);
    expect(nationalVerdict(splitSeries([row("a", 2021)]), provinces).reason).toContain("tỉnh B");
    expect(nationalVerdict(splitSeries([row("a", 2021), row(null, 2021), row("b", 2021)]), provinces).summable).toBe(
      false,
    );
  });
});
