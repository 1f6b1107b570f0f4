import { describe, expect, it } from "vitest";
import { ADVANCE_RULES, advanceTypeFor } from "@/lib/rules/advance-rule-catalogue";
import {
  evaluateAdvance,
  evaluateFinalPayment,
  evaluateRefund,
  selectAdvanceRule,
  type AdvanceContext,
} from "@/lib/funding/advance-rules";

const on = new Date("2026-03-01T00:00:00Z");
const rule = (type: string) => selectAdvanceRule(ADVANCE_RULES, type, on);
const base: AdvanceContext = {
  approvedSupport: 200_000_000n,
  contractSigned: true,
  accepted: false,
  latestInvestmentDoneBp: null,
  latestReportPeriod: null,
  netPaid: 0n,
  requested: 140_000_000n,
};

describe("machinery and demonstration models: 70 % once more than 70 % of the investment is done", () => {
  const machinery = rule("INVESTMENT");
  it("refuses without a progress report, and says so", () => {
    const v = evaluateAdvance(machinery, base);
    expect(v.ok).toBe(false);
    expect(v.reasons.join(" ")).toContain("Chưa có báo cáo tiến độ");
  });
  it("refuses at exactly 70 % (the rule says more than 70 %)", () => {
    const v = evaluateAdvance(machinery, { ...base, latestInvestmentDoneBp: 7000, latestReportPeriod: "2026-03" });
    expect(v.ok).toBe(false);
    expect(v.reasons[0]).toContain("kỳ 03/2026");
    expect(v.reasons[0]).toContain("70%");
  });
  it("allows 70 % of the approved support at 75 %", () => {
    const v = evaluateAdvance(machinery, { ...base, latestInvestmentDoneBp: 7500 });
    expect(v).toMatchObject({ ok: true, cap: 140_000_000n, available: 140_000_000n });
  });
  it("refuses one đồng above 70 % before acceptance, explaining the cap", () => {
    const v = evaluateAdvance(machinery, {
      ...base,
      latestInvestmentDoneBp: 9000,
      netPaid: 100_000_000n,
      requested: 40_000_001n,
    });
    expect(v.ok).toBe(false);
    expect(v.available).toBe(40_000_000n);
    expect(v.reasons[0]).toMatch(/vượt mức còn được tạm ứng/);
    expect(v.reasons[0]).toMatch(/trước khi nghiệm thu/);
  });
  it("after acceptance the remaining support may be advanced, up to 100 %", () => {
    const v = evaluateAdvance(machinery, { ...base, accepted: true, netPaid: 140_000_000n, requested: 60_000_000n });
    expect(v.ok).toBe(true);
    expect(
      evaluateAdvance(machinery, { ...base, accepted: true, netPaid: 140_000_000n, requested: 60_000_001n }).ok,
    ).toBe(false);
  });
});

describe("training and consulting: 70 % on contract", () => {
  it("allows 70 % once the contract is signed", () => {
    expect(evaluateAdvance(rule("CONSULTING"), base).ok).toBe(true);
    expect(evaluateAdvance(rule("TRAINING"), base).ok).toBe(true);
  });
  it("refuses before the contract", () => {
    const v = evaluateAdvance(rule("TRAINING"), { ...base, contractSigned: false });
    expect(v.ok).toBe(false);
    expect(v.reasons[0]).toContain("Chưa ký hợp đồng");
  });
});

describe("founding support: 100 % after acceptance", () => {
  const founding = rule("FOUNDING");
  it("refuses before acceptance", () => {
    const v = evaluateAdvance(founding, { ...base, approvedSupport: 10_000_000n, requested: 1n });
    expect(v.ok).toBe(false);
    expect(v.reasons[0]).toContain("sau khi nghiệm thu");
  });
  it("allows the full amount after acceptance", () => {
    expect(
      evaluateAdvance(founding, { ...base, approvedSupport: 10_000_000n, requested: 10_000_000n, accepted: true }).ok,
    ).toBe(true);
  });
});

describe("rule selection and catalogue", () => {
  it("never allows more than 70 % before acceptance, whatever the rule", () => {
    for (const r of ADVANCE_RULES) {
      const v = evaluateAdvance(r, { ...base, latestInvestmentDoneBp: 10_000, requested: 1n });
      expect(v.cap).toBeLessThanOrEqual(140_000_000n);
    }
  });
  it("picks the rule in force on the date and none before the circular", () => {
    expect(selectAdvanceRule(ADVANCE_RULES, "INVESTMENT", new Date("2013-01-01"))).toBeNull();
    expect(evaluateAdvance(null, base).reasons[0]).toContain("Chưa có quy tắc tạm ứng");
  });
  it("maps activity categories to advance types", () => {
    expect(advanceTypeFor("UNG_DUNG_MAY_MOC", null)).toBe("INVESTMENT");
    expect(advanceTypeFor("DAO_TAO_NGHE", "something-unknown")).toBe("TRAINING");
  });
});

describe("final payment and refunds", () => {
  it("pays the balance only after acceptance and never above the settleable support", () => {
    expect(evaluateFinalPayment({ accepted: false, settleable: 200n, netPaid: 140n, requested: 60n }).ok).toBe(false);
    expect(evaluateFinalPayment({ accepted: true, settleable: 200n, netPaid: 140n, requested: 60n }).ok).toBe(true);
    expect(
      evaluateFinalPayment({ accepted: true, settleable: 200n, netPaid: 140n, requested: 61n }).reasons[0],
    ).toContain("vượt");
  });
  it("refunds no more than was paid", () => {
    expect(evaluateRefund({ netPaid: 100n, requested: 100n }).ok).toBe(true);
    expect(evaluateRefund({ netPaid: 100n, requested: 101n }).ok).toBe(false);
  });
});
