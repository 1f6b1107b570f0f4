import { describe, expect, it } from "vitest";
import { addBudget, budgetExecution, leverageTenths, netDisbursed, ZERO_BUDGET } from "@/lib/metrics/budget";
import { formatBp, formatIndicatorValue, formatLeverage } from "@/lib/metrics/format";

const TRIEU = 1_000_000n;

describe("budget execution", () => {
  it("computes commitment, disbursement and settlement rates", () => {
    const e = budgetExecution({ planned: 2_170n * TRIEU, committed: 2_000n * TRIEU, disbursed: 1_400n * TRIEU, settled: 0n, counterpart: 3_000n * TRIEU });
    expect(e.commitmentRateBp).toBe(9217);
    expect(e.disbursementRateBp).toBe(7000);
    expect(e.settlementRateBp).toBe(0);
    expect(e.uncommitted).toBe(170n * TRIEU);
    expect(e.leverageTenths).toBe(15);
  });

  it("has no rates (not 0 %, not infinity) when nothing was planned or committed", () => {
    const e = budgetExecution(ZERO_BUDGET);
    expect([e.commitmentRateBp, e.disbursementRateBp, e.settlementRateBp, e.leverageTenths]).toEqual([null, null, null, null]);
  });

  it("uses settled support for leverage once settled", () => {
    const e = budgetExecution({ planned: 0n, committed: 300n * TRIEU, disbursed: 300n * TRIEU, settled: 200n * TRIEU, counterpart: 600n * TRIEU });
    expect(e.leverageTenths).toBe(30);
  });

  it("reproduces the Vĩnh Phúc 2014–2020 leverage of about 14,4 : 1 (domain §5.3)", () => {
    expect(formatLeverage(leverageTenths(243_000n * TRIEU, 16_895n * TRIEU))).toBe("14,4 : 1");
  });

  it("nets refunds out of disbursement and adds slices", () => {
    expect(netDisbursed(700n, 300n, 50n)).toBe(950n);
    const one = { planned: 1n, committed: 2n, disbursed: 3n, settled: 4n, counterpart: 5n };
    expect(addBudget(one, one)).toEqual({ planned: 2n, committed: 4n, disbursed: 6n, settled: 8n, counterpart: 10n });
  });
});

describe("formatting in vi-VN", () => {
  it("writes the seeded figures as the documents do", () => {
    expect(formatIndicatorValue(350n, { isMoney: false, unit: "người" })).toBe("350 người");
    expect(formatIndicatorValue(38_000_000_000n, { isMoney: true, unit: "đồng" }, true)).toBe("> 38 tỷ đồng");
    expect(formatIndicatorValue(27_872_000_000n, { isMoney: true, unit: "đồng" })).toBe("27,872 tỷ đồng");
    expect(formatIndicatorValue(2_170_000_000n, { isMoney: true, unit: "đồng" })).toBe("2,17 tỷ đồng");
    expect(formatIndicatorValue(1_410n, { isMoney: false, unit: "người" })).toBe("1.410 người");
    expect(formatIndicatorValue(2_630n, { isMoney: false, unit: "%", valueScale: 100 })).toBe("26,3%");
    expect(formatBp(5280)).toBe("52,8%");
    expect(formatBp(null)).toBe("—");
  });
});
