// Data-quality rules for results (issue 19): each rule on its own, with the reason in words.
import { describe, expect, it } from "vitest";
import { checkResult, type ResultCheckInput } from "@/lib/metrics/result-quality";

const base: ResultCheckInput = {
  indicatorName: "Lao động được đào tạo nghề",
  unit: "người",
  value: 30,
  workforce: 5,
  approvedSupport: 200_000_000n,
  minutesAttached: true,
};
const rules = (r: Partial<ResultCheckInput>) => checkResult({ ...base, ...r }).map((i) => [i.rule, i.refuse]);

describe("result data-quality rules", () => {
  it("passes a plausible value", () => {
    expect(rules({})).toEqual([]);
  });

  it("refuses a value no đề án can reach (per unit), and lets the maximum through", () => {
    expect(rules({ unit: "đề án", indicatorName: "Đề án máy móc", value: 2, workforce: null })).toEqual([
      ["RANGE", true],
    ]);
    expect(rules({ unit: "đề án", indicatorName: "Đề án máy móc", value: 1, workforce: null })).toEqual([]);
    expect(rules({ value: 5001, workforce: null, approvedSupport: null })).toEqual([["RANGE", true]]);
    expect(rules({ unit: "lớp", value: 1001, workforce: null })).toEqual([["RANGE", true]]);
  });

  it("flags 1.000 workers for a workshop of five, with the ratio in the reason", () => {
    const issues = checkResult({ ...base, value: 1000, approvedSupport: 500_000_000n });
    expect(issues.map((i) => [i.rule, i.refuse])).toEqual([["SIZE_OUTLIER", false]]);
    expect(issues[0]!.vi).toBe("Lao động được đào tạo nghề: 1.000 người, gấp 200 lần số lao động của cơ sở (5 người).");
    // The floor: 50 people for any establishment; 20 × workforce above it.
    expect(rules({ value: 50, workforce: 1 })).toEqual([]);
    expect(rules({ value: 51, workforce: 1 })).toEqual([["SIZE_OUTLIER", false]]);
    expect(rules({ value: 100 })).toEqual([]);
    expect(rules({ value: 101 })).toEqual([["SIZE_OUTLIER", false]]);
    expect(rules({ value: 400, workforce: 20 })).toEqual([]);
    // A centre's course (no single establishment) is not compared with a workforce.
    expect(rules({ value: 1000, workforce: null })).toEqual([]);
  });

  it("flags support per head implausibly small", () => {
    const issues = checkResult({ ...base, value: 1000, workforce: null, approvedSupport: 100_000_000n });
    expect(issues.map((i) => i.rule)).toEqual(["BUDGET_OUTLIER"]);
    expect(issues[0]!.vi).toContain("100.000 đồng cho mỗi người (dưới 200.000 đồng)");
    expect(rules({ unit: "cơ sở", value: 200, workforce: null, approvedSupport: 100_000_000n })).toEqual([
      ["BUDGET_OUTLIER", false],
    ]);
    expect(rules({ value: 1000, workforce: null, approvedSupport: null })).toEqual([]);
  });

  it("flags results without the scanned minutes", () => {
    expect(rules({ minutesAttached: false })).toEqual([["EVIDENCE", false]]);
  });
});
