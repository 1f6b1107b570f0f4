import { describe, expect, it } from "vitest";
import {
  formatTenths,
  memberTotalTenths,
  rubricWeightProblem,
  summarize,
  type Criterion,
} from "@/lib/appraisal/rubric-math";
import { DEFAULT_RUBRIC } from "@/lib/appraisal/default-rubric";

const C: Criterion[] = [
  { id: "a", code: "A", name: "Sự phù hợp", weightBp: 2000, maxScore: 10 },
  { id: "b", code: "B", name: "Mục tiêu, sự cần thiết", weightBp: 3000, maxScore: 10 },
  { id: "c", code: "C", name: "Tính hợp lý của kinh phí", weightBp: 5000, maxScore: 20 },
];

describe("rubric arithmetic", () => {
  it("weights a member's scores onto 0–100 with one decimal", () => {
    expect(memberTotalTenths(C, { a: 10, b: 10, c: 20 })).toBe(1000);
    expect(memberTotalTenths(C, { a: 0, b: 0, c: 0 })).toBe(0);
    // 0.2×7/10 + 0.3×8/10 + 0.5×15/20 = 0.14 + 0.24 + 0.375 = 0.755 → 75,5
    expect(memberTotalTenths(C, { a: 7, b: 8, c: 15 })).toBe(755);
  });

  it("an incomplete score sheet has no total and does not count in the mean", () => {
    expect(memberTotalTenths(C, { a: 7, b: 8 })).toBeNull();
    const s = summarize(C, [
      { appraiserId: "m1", values: { a: 7, b: 8, c: 15 } },
      { appraiserId: "m2", values: { a: 7 } },
    ]);
    expect(s.completeCount).toBe(1);
    expect(s.meanTenths).toBe(755);
    expect(s.wideSpread).toBe(false);
  });

  it("refuses a score outside 0..max", () => {
    expect(() => memberTotalTenths(C, { a: 11, b: 0, c: 0 })).toThrow(RangeError);
    expect(() => memberTotalTenths(C, { a: -1, b: 0, c: 0 })).toThrow(RangeError);
    expect(() => memberTotalTenths(C, { a: 1.5, b: 0, c: 0 })).toThrow(RangeError);
  });

  it("means the members and flags a spread wider than 20 points", () => {
    const close = summarize(C, [
      { appraiserId: "m1", values: { a: 8, b: 8, c: 16 } }, // 80
      { appraiserId: "m2", values: { a: 7, b: 7, c: 14 } }, // 70
    ]);
    expect(close.meanTenths).toBe(750);
    expect(close.spreadTenths).toBe(100);
    expect(close.wideSpread).toBe(false);
    const wide = summarize(C, [
      { appraiserId: "m1", values: { a: 10, b: 10, c: 20 } }, // 100
      { appraiserId: "m2", values: { a: 5, b: 5, c: 10 } }, // 50
      { appraiserId: "m3", values: { a: 7, b: 7, c: 14 } }, // 70
    ]);
    expect(wide.meanTenths).toBe(733);
    expect(wide.spreadTenths).toBe(500);
    expect(wide.wideSpread).toBe(true);
    expect(wide.criterionMeans.a).toBe(73);
  });

  it("a single member never shows a spread flag; none at all shows no mean", () => {
    expect(summarize(C, [{ appraiserId: "m1", values: { a: 10, b: 0, c: 0 } }]).wideSpread).toBe(false);
    expect(summarize(C, []).meanTenths).toBeNull();
  });

  it("checks that weights add up to 100%", () => {
    expect(rubricWeightProblem(C)).toBeNull();
    expect(rubricWeightProblem(C.slice(0, 2))).toMatch(/100%/);
    expect(rubricWeightProblem([])).toMatch(/chưa có/);
  });

  it("the default rubric covers the six appraisal contents of TT 36/2013 Art. 9 and weighs 100%", () => {
    const crit = DEFAULT_RUBRIC.criteria.map((c, i) => ({ ...c, id: String(i) }));
    expect(rubricWeightProblem(crit)).toBeNull();
    expect(DEFAULT_RUBRIC.criteria.map((c) => c.code)).toEqual([
      "PHU_HOP",
      "MUC_TIEU_CAN_THIET",
      "HIEU_QUA",
      "KINH_PHI_HOP_LY",
      "NANG_LUC",
      "DAY_DU_HO_SO",
    ]);
  });

  it("formats tenths the Vietnamese way", () => {
    expect(formatTenths(755)).toBe("75,5");
    expect(formatTenths(700)).toBe("70");
    expect(formatTenths(null)).toBe("—");
  });
});
