import { describe, expect, it } from "vitest";
import { addBudget, budgetExecution, leverageTenths, netDisbursed, ZERO_BUDGET } from "@/lib/metrics/budget";
import { counterpartRatios } from "@/lib/metrics/counterpart";
import { formatBp, formatIndicatorValue, formatLeverage } from "@/lib/metrics/format";

const TRIEU = 1_000_000n;

describe("budget execution", () => {
  it("computes commitment, disbursement and settlement rates", () => {
    const e = budgetExecution({
      planned: 2_170n * TRIEU,
      committed: 2_000n * TRIEU,
      disbursed: 1_400n * TRIEU,
      settled: 0n,
      counterpart: 3_000n * TRIEU,
      plannedCounterpart: 3_000n * TRIEU,
      documentedCounterpart: 0n,
      trackedCommitted: 2_000n * TRIEU,
    });
    expect(e.commitmentRateBp).toBe(9217);
    expect(e.disbursementRateBp).toBe(7000);
    expect(e.settlementRateBp).toBe(0);
    expect(e.uncommitted).toBe(170n * TRIEU);
    expect(e.plannedLeverageTenths).toBe(15);
    expect(e.documentedLeverageTenths).toBe(null);
  });

  it("has no rates (not 0 %, not infinity) when nothing was planned or committed", () => {
    const e = budgetExecution(ZERO_BUDGET);
    expect([
      e.commitmentRateBp,
      e.disbursementRateBp,
      e.settlementRateBp,
      e.plannedLeverageTenths,
      e.documentedLeverageTenths,
    ]).toEqual([null, null, null, null, null]);
  });

  it("divides each counterpart ratio over one set of đề án, whatever share is settled (issue 12 item 3)", () => {
    // 10 đề án of 100 triệu committed, 720 triệu counterpart planned; 1, 2, then 3 settled with 90 triệu
    // documented each. The old formula (all counterpart ÷ settled support) gave 7,2 → 3,6 → 2,4 : 1.
    for (const k of [1n, 2n, 3n]) {
      const e = budgetExecution({
        planned: 0n,
        committed: 1_000n * TRIEU,
        disbursed: 0n,
        settled: k * 100n * TRIEU,
        counterpart: 720n * TRIEU,
        plannedCounterpart: 720n * TRIEU,
        documentedCounterpart: k * 90n * TRIEU,
        trackedCommitted: 0n,
      });
      expect(formatLeverage(e.plannedLeverageTenths)).toBe("0,7 : 1");
      expect(formatLeverage(e.documentedLeverageTenths)).toBe("0,9 : 1");
    }
    expect(
      counterpartRatios({ committed: 0n, plannedCounterpart: 5n, settled: 0n, documentedCounterpart: 0n }),
    ).toEqual({ plannedTenths: null, documentedTenths: null });
  });

  it("reproduces the Vĩnh Phúc 2014–2020 leverage of about 14,4 : 1 (domain §5.3)", () => {
    expect(formatLeverage(leverageTenths(243_000n * TRIEU, 16_895n * TRIEU))).toBe("14,4 : 1");
  });

  it("reads disbursement of đề án no ledger tracks as unknown, not 0 % (issue 12 item 6)", () => {
    const e = budgetExecution({ ...ZERO_BUDGET, committed: 2_170n * TRIEU });
    expect(formatBp(e.disbursementRateBp)).toBe("—");
  });

  it("nets refunds out of disbursement and adds slices", () => {
    expect(netDisbursed(700n, 300n, 50n)).toBe(950n);
    const one = {
      planned: 1n,
      committed: 2n,
      disbursed: 3n,
      settled: 4n,
      counterpart: 5n,
      plannedCounterpart: 6n,
      documentedCounterpart: 7n,
      trackedCommitted: 8n,
    };
    expect(addBudget(one, one)).toEqual({
      planned: 2n,
      committed: 4n,
      disbursed: 6n,
      settled: 8n,
      counterpart: 10n,
      plannedCounterpart: 12n,
      documentedCounterpart: 14n,
      trackedCommitted: 16n,
    });
  });
});

describe("formatting in vi-VN", () => {
  it("writes the seeded figures as the documents do", () => {
    expect(formatIndicatorValue(350n, { isMoney: false, unit: "người" })).toBe("350 người");
    expect(formatIndicatorValue(38_000_000_000n, { isMoney: true, unit: "đồng" }, true)).toBe("trên 38 tỷ đồng");
    expect(formatIndicatorValue(243_000_000_000n, { isMoney: true, unit: "đồng" }, false, true)).toBe(
      "khoảng 243 tỷ đồng",
    );
    expect(formatIndicatorValue(27_872_000_000n, { isMoney: true, unit: "đồng" })).toBe("27,872 tỷ đồng");
    expect(formatIndicatorValue(2_170_000_000n, { isMoney: true, unit: "đồng" })).toBe("2,17 tỷ đồng");
    expect(formatIndicatorValue(1_410n, { isMoney: false, unit: "người" })).toBe("1.410 người");
    expect(formatIndicatorValue(2_630n, { isMoney: false, unit: "%", valueScale: 100 })).toBe("26,3%");
    expect(formatBp(5280)).toBe("52,8%");
    expect(formatBp(null)).toBe("—");
  });
});
