import { describe, expect, it } from "vitest";
import { achievement, progressStatus } from "@/lib/metrics/progress";
import { elapsedShareBp, parsePeriod, periodLabel } from "@/lib/metrics/period";
import { ratioBp } from "@/lib/metrics/ratio";

const t = (value: bigint, atLeast = false) => ({ value, atLeast });

describe("achievement", () => {
  it("is actual over target in basis points", () => {
    expect(achievement(t(350n), 175n)).toEqual({ percentBp: 5000, met: false });
    expect(achievement(t(160n), 160n)).toEqual({ percentBp: 10_000, met: true });
    expect(achievement(t(8n), 12n)).toEqual({ percentBp: 15_000, met: true });
  });

  it("has no percentage for a zero target but counts it met", () => {
    expect(achievement(t(0n), 0n)).toEqual({ percentBp: null, met: true });
    expect(achievement(t(0n), 5n)).toEqual({ percentBp: null, met: true });
  });

  it("has neither percentage nor verdict without a target", () => {
    expect(achievement(null, 12n)).toEqual({ percentBp: null, met: null });
  });

  it("treats a floor target (trên 38 tỷ) as met from the floor up", () => {
    const floor = t(38_000_000_000n, true);
    expect(achievement(floor, 37_999_999_999n).met).toBe(false);
    expect(achievement(floor, 38_000_000_000n).met).toBe(true);
  });

  it("inverts the ratio for a decreasing indicator", () => {
    expect(achievement(t(10n), 20n, "DECREASE")).toEqual({ percentBp: 5000, met: false });
    expect(achievement(t(10n), 5n, "DECREASE").met).toBe(true);
    expect(achievement(t(10n), 0n, "DECREASE")).toEqual({ percentBp: null, met: true });
  });

  it("rounds half up and never returns floats", () => {
    expect(ratioBp(1n, 3n)).toBe(3333);
    expect(ratioBp(2n, 3n)).toBe(6667);
    expect(ratioBp(5n, 0n)).toBeNull();
  });
});

describe("elapsed share of a period", () => {
  it("is 0 before, 10 000 after, and proportional inside", () => {
    expect(elapsedShareBp(2021, 2025, new Date(Date.UTC(2020, 11, 31)))).toBe(0);
    expect(elapsedShareBp(2021, 2025, new Date(Date.UTC(2025, 11, 31)))).toBe(10_000);
    expect(elapsedShareBp(2021, 2025, new Date(Date.UTC(2030, 0, 1)))).toBe(10_000);
    // End of 2022 = 730 of the period's 1 826 days (2024 is a leap year): 39,98 %.
    expect(elapsedShareBp(2021, 2025, new Date(Date.UTC(2022, 11, 31)))).toBe(3998);
    expect(elapsedShareBp(2021, 2025, new Date(Date.UTC(2023, 6, 2)))).toBe(5000);
  });

  it("counts the current day as elapsed", () => {
    expect(elapsedShareBp(2024, 2024, new Date(Date.UTC(2024, 0, 1)))).toBe(Math.round(10_000 / 366));
  });

  it("parses and labels periods", () => {
    expect(parsePeriod("2021-2025")).toEqual({ startYear: 2021, endYear: 2025 });
    expect(parsePeriod("2026–2030")).toEqual({ startYear: 2026, endYear: 2030 });
    expect(parsePeriod("2025-2021")).toBeNull();
    expect(parsePeriod("abc")).toBeNull();
    expect(periodLabel(2014, 2020)).toBe("2014–2020");
  });
});

describe("status colour against elapsed share", () => {
  const at = (percentBp: number | null, met: boolean | null) => ({ percentBp, met });

  it("is on track when progress keeps pace with time", () => {
    expect(progressStatus({ achievement: at(4000, false), hasData: true, elapsedBp: 4000, cumulative: true })).toBe(
      "ON_TRACK",
    );
    expect(progressStatus({ achievement: at(3600, false), hasData: true, elapsedBp: 4000, cumulative: true })).toBe(
      "ON_TRACK",
    );
  });

  it("is at risk between 70 % and 90 % of the expected pace, behind below", () => {
    expect(progressStatus({ achievement: at(3500, false), hasData: true, elapsedBp: 4000, cumulative: true })).toBe(
      "AT_RISK",
    );
    expect(progressStatus({ achievement: at(2700, false), hasData: true, elapsedBp: 4000, cumulative: true })).toBe(
      "BEHIND",
    );
  });

  it("judges a level indicator against the full target whatever the date", () => {
    expect(progressStatus({ achievement: at(5000, false), hasData: true, elapsedBp: 2000, cumulative: false })).toBe(
      "BEHIND",
    );
  });

  it("says achieved, not started, no data or no target instead of a misleading colour", () => {
    expect(progressStatus({ achievement: at(12_000, true), hasData: true, elapsedBp: 5000, cumulative: true })).toBe(
      "ACHIEVED",
    );
    expect(progressStatus({ achievement: at(0, false), hasData: false, elapsedBp: 0, cumulative: true })).toBe(
      "NOT_STARTED",
    );
    expect(progressStatus({ achievement: at(0, false), hasData: false, elapsedBp: 6000, cumulative: true })).toBe(
      "NO_DATA",
    );
    expect(progressStatus({ achievement: at(null, null), hasData: true, elapsedBp: 6000, cumulative: true })).toBe(
      "NO_TARGET",
    );
  });

  it("is behind at the end of the period when the target was missed", () => {
    expect(progressStatus({ achievement: at(8000, false), hasData: true, elapsedBp: 10_000, cumulative: true })).toBe(
      "AT_RISK",
    );
    expect(progressStatus({ achievement: at(6000, false), hasData: true, elapsedBp: 10_000, cumulative: true })).toBe(
      "BEHIND",
    );
  });
});
