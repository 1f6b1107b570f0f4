import { describe, expect, it } from "vitest";
import { computeActual, computeYear, type YearValue } from "@/lib/metrics/actual";

const row = (year: number | null, value: bigint, atLeast = false): YearValue => ({ year, value, atLeast });
const period = { startYear: 2021, endYear: 2025 };

describe("cumulative indicators add up over the years", () => {
  const rows = [row(2021, 50n), row(2022, 80n), row(2022, 20n), row(2024, 60n)];

  it("sums the period to date", () => {
    const a = computeActual(rows, { ...period, cumulative: true });
    expect(a.value).toBe(210n);
    expect(a.hasData).toBe(true);
  });

  it("keeps a running total per year, with gaps as no data but the running total carried", () => {
    const a = computeActual(rows, { ...period, cumulative: true });
    expect(a.byYear.map((p) => [p.year, p.value, p.toDate])).toEqual([
      [2021, 50n, 50n],
      [2022, 100n, 150n],
      [2023, null, 150n],
      [2024, 60n, 210n],
      [2025, null, 210n],
    ]);
  });

  it("stops at a cut-off year and leaves later years empty", () => {
    const a = computeActual(rows, { ...period, cumulative: true, untilYear: 2022 });
    expect(a.value).toBe(150n);
    expect(a.byYear[3]).toEqual({ year: 2024, value: null, toDate: null, atLeast: false });
  });

  it("adds whole-period figures to the period total but not to a year cut", () => {
    const withWhole = [...rows, row(null, 1000n)];
    expect(computeActual(withWhole, { ...period, cumulative: true }).value).toBe(1210n);
    expect(computeActual(withWhole, { ...period, cumulative: true, untilYear: 2025 }).value).toBe(210n);
  });

  it("ignores rows outside the period", () => {
    expect(computeActual([row(2019, 5n), row(2026, 5n), row(2021, 1n)], { ...period, cumulative: true }).value).toBe(
      1n,
    );
  });

  it("carries a floor (trên …) into the total", () => {
    const a = computeActual([row(2023, 2_000n, true), row(2024, 10n)], { ...period, cumulative: true });
    expect(a).toMatchObject({ value: 2_010n, atLeast: true });
  });
});

describe("non-cumulative indicators are read at their latest year", () => {
  it("takes the latest year with data", () => {
    const a = computeActual([row(2021, 4000n), row(2023, 5280n)], { ...period, cumulative: false });
    expect(a.value).toBe(5280n);
    expect(a.byYear.map((p) => p.toDate)).toEqual([4000n, 4000n, 5280n, 5280n, 5280n]);
  });

  it("falls back to the whole-period figure", () => {
    expect(computeActual([row(null, 5280n)], { ...period, cumulative: false }).value).toBe(5280n);
  });
});

describe("missing results", () => {
  it("are zero with hasData false, never a silent achievement", () => {
    const a = computeActual([], { ...period, cumulative: true });
    expect(a).toMatchObject({ value: 0n, hasData: false, atLeast: false });
    expect(a.byYear.every((p) => p.value === null && p.toDate === null)).toBe(true);
    expect(computeActual([], { ...period, cumulative: false }).hasData).toBe(false);
  });

  it("a single year's figure says whether anything was recorded", () => {
    expect(computeYear([row(2022, 3n), row(2022, 4n)], 2022)).toEqual({ value: 7n, atLeast: false, hasData: true });
    expect(computeYear([row(2022, 3n)], 2023)).toEqual({ value: 0n, atLeast: false, hasData: false });
  });
});
