import { describe, expect, it } from "vitest";
import { evaluateLines, SELF_FUNDED } from "@/lib/rules/caps";
import { costKindsFor, rulesInForce } from "@/lib/rules/in-force";
import { SUPPORT_RULES } from "@/lib/rules/support-table";
import type { LineInput, SupportRuleData } from "@/lib/rules/types";

const T = 1_000_000n;
const TODAY = new Date("2026-03-01T00:00:00Z");
const line = (costKind: string, totalTrieu: number, askTrieu: number, item = "Khoản chi"): LineInput => ({
  item,
  costKind,
  total: BigInt(totalTrieu) * T,
  requestedSupport: BigInt(askTrieu) * T,
});
const one = (l: LineInput, on = TODAY, priority = false) => evaluateLines(SUPPORT_RULES, [l], { on, priority })[0]!;

describe("machinery and technology transfer (TT 28/2018 Art. 8 k.4)", () => {
  it("caps 400 triệu asked on a 600 triệu machine at 300 triệu, explains why with the article, does not clip", () => {
    const v = one(line("MACHINERY", 600, 400, "Máy CNC"));
    expect(v.maxSupport).toBe(300n * T);
    expect(v.requested).toBe(400n * T);
    expect(v.overBy).toBe(100n * T);
    expect(v.ok).toBe(false);
    expect(v.explanation).toContain("Tối đa 300 triệu đồng");
    expect(v.explanation).toContain("50%");
    expect(v.explanation).toContain("Điều 8 khoản 4 Thông tư 28/2018/TT-BTC");
    expect(v.explanation).toContain("vượt 100 triệu đồng");
  });
  it("the 50 % limit binds on a cheap machine", () => {
    const v = one(line("MACHINERY", 240, 120));
    expect(v.maxSupport).toBe(120n * T);
    expect(v.ok).toBe(true);
  });
  it("300 triệu is per establishment: two machines share it, in their order", () => {
    const [a, b] = evaluateLines(SUPPORT_RULES, [line("MACHINERY", 400, 200), line("MACHINERY", 400, 200)], {
      on: TODAY,
      priority: false,
    });
    expect(a!.maxSupport).toBe(200n * T);
    expect(b!.maxSupport).toBe(100n * T);
    expect(b!.overBy).toBe(100n * T);
    expect(b!.explanation).toContain("đã dùng 200 triệu đồng");
  });
  it("support already approved for the same cost kind under the same rule uses up the cap (issue 23); outside its period it does not", () => {
    const earlier = {
      proposalId: "p1",
      code: "000.00.20.H45-250301-0001",
      title: "Máy cũ",
      year: 2025,
      costKind: "MACHINERY",
      amount: 250n * T,
      on: new Date("2025-03-01T00:00:00Z"),
    };
    const [v] = evaluateLines(SUPPORT_RULES, [line("MACHINERY", 600, 100)], {
      on: TODAY,
      priority: false,
      fundedBefore: [earlier],
    });
    expect(v!.maxSupport).toBe(50n * T);
    expect(v!.ok).toBe(false);
    expect(v!.explanation).toContain("Cơ sở đã được hỗ trợ 250 triệu đồng cho cùng loại chi phí");
    expect(v!.explanation).toContain("000.00.20.H45-250301-0001 (năm 2025)");
    expect(v!.explanation).not.toContain("phía trên đã dùng");
    // Judged under the old regime's rule (before 12/05/2018): support of 2025 was under another rule.
    const old = evaluateLines(SUPPORT_RULES, [line("MACHINERY", 600, 100)], {
      on: new Date("2017-06-01T00:00:00Z"),
      priority: false,
      fundedBefore: [earlier],
    })[0]!;
    expect(old.maxSupport).toBe(200n * T);
    // Another cost kind is not counted.
    const brand = evaluateLines(SUPPORT_RULES, [line("MACHINERY", 600, 100)], {
      on: TODAY,
      priority: false,
      fundedBefore: [{ ...earlier, costKind: "BRAND" }],
    })[0]!;
    expect(brand.maxSupport).toBe(300n * T);
  });
  it("a technology line may reach 1.5 × = 450 triệu", () => {
    const v = one(line("TECH_LINE", 1000, 450));
    expect(v.maxSupport).toBe(450n * T);
    expect(v.ok).toBe(true);
    expect(v.explanation).toContain("1,5 lần");
  });
  it("before 12/05/2018 the old TTLT 26/2014 level of 200 triệu applied, raised 1.5× for priority", () => {
    const old = new Date("2017-06-01T00:00:00Z");
    expect(one(line("MACHINERY", 600, 300), old).maxSupport).toBe(200n * T);
    const v = one(line("MACHINERY", 800, 300), old, true);
    expect(v.maxSupport).toBe(300n * T);
    expect(v.explanation).toContain("Thông tư liên tịch 26/2014/TTLT-BTC-BCT");
    expect(v.explanation).toContain("hệ số ưu tiên");
  });
  it("the boundary day belongs to the old rule, the next day to the new one", () => {
    // TT 28/2018/TT-BTC: signed 28/03/2018, in force 45 days later — 12/05/2018 (one date everywhere).
    expect(one(line("MACHINERY", 800, 0), new Date("2018-05-11T00:00:00Z")).maxSupport).toBe(200n * T);
    expect(one(line("MACHINERY", 800, 0), new Date("2018-05-12T00:00:00Z")).maxSupport).toBe(300n * T);
  });
  it("no priority multiplier is applied under TT 28/2018 where none is verified", () => {
    expect(one(line("MACHINERY", 1000, 0), TODAY, true).maxSupport).toBe(300n * T);
  });
});

describe("demonstration models and founding (TT 28/2018 Art. 8)", () => {
  it("new-technology model: 30 % and at most 1,000 triệu (k.2)", () => {
    expect(one(line("DEMO_MODEL_NEW_TECH", 1500, 450)).maxSupport).toBe(450n * T);
    const big = one(line("DEMO_MODEL_NEW_TECH", 5000, 1200));
    expect(big.maxSupport).toBe(1000n * T);
    expect(big.explanation).toContain("Điều 8 khoản 2");
  });
  it("old regime model cap was 500 triệu", () => {
    expect(one(line("DEMO_MODEL_NEW_TECH", 5000, 0), new Date("2016-01-01T00:00:00Z")).maxSupport).toBe(500n * T);
  });
  it("founding an enterprise: at most 10 triệu", () => {
    expect(one(line("FOUNDING", 25, 10)).maxSupport).toBe(10n * T);
    expect(one(line("FOUNDING", 6, 6)).maxSupport).toBe(6n * T);
  });
});

// Every row of the table: the maximum on a large cost equals min(pct × cost, cap) on a date inside its period.
describe("every cap in the table", () => {
  const cost = 10_000n * T;
  it.each(SUPPORT_RULES.map((r) => [`${r.code} from ${r.validFrom.toISOString().slice(0, 10)}`, r] as const))(
    "%s",
    (_name, rule: SupportRuleData) => {
      const v = evaluateLines(
        SUPPORT_RULES,
        [{ item: "x", costKind: rule.costKind, total: cost, requestedSupport: 0n }],
        { on: rule.validFrom, priority: false },
      )[0]!;
      const pct = rule.maxPercentBp === null ? cost : (cost * BigInt(rule.maxPercentBp)) / 10_000n;
      const byPct = rule.unitNorm && rule.unitNorm < pct ? rule.unitNorm : pct; // a per-unit norm × 1 unit
      const expected = rule.maxAmount !== null && rule.maxAmount < byPct ? rule.maxAmount : byPct;
      expect(v.ruleCode).toBe(rule.code);
      expect(v.maxSupport).toBe(expected);
      expect(v.explanation).toContain(rule.article);
      expect(v.explanation).toContain(rule.legalBasisTitle);
      if (!rule.verified) expect(v.explanation).toContain("chưa được đối chiếu");
    },
  );
  it("every period of a code is contiguous and does not overlap", () => {
    const byCode = new Map<string, SupportRuleData[]>();
    for (const r of SUPPORT_RULES) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
    for (const rows of byCode.values()) {
      const sorted = [...rows].sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime());
      for (let i = 1; i < sorted.length; i++) {
        const prevTo = sorted[i - 1]!.validTo!;
        expect(sorted[i]!.validFrom.getTime() - prevTo.getTime()).toBe(24 * 3600 * 1000);
      }
    }
  });
  it("multipliers never exceed 1.5×", () => {
    for (const r of SUPPORT_RULES) expect(r.priorityMultiplierBp ?? 10000).toBeLessThanOrEqual(15000);
  });
});

describe("lines without a rule", () => {
  it("self-funded lines allow no support", () => {
    expect(one(line(SELF_FUNDED, 30, 0)).ok).toBe(true);
    const v = one(line(SELF_FUNDED, 30, 5));
    expect(v.ok).toBe(false);
    expect(v.explanation).toContain("tự chi trả");
  });
  it("a cost kind not in force on the date gets no support and says so", () => {
    const v = one(line("TECH_LINE", 1000, 100), new Date("2017-01-01T00:00:00Z"));
    expect(v.maxSupport).toBe(0n);
    expect(v.explanation).toContain("01/01/2017");
  });
  it("training is capped by the per-trainee norm × trainees (norm flagged minh họa), not by a flat cap", () => {
    const v = one({ ...line("TRAINING", 120, 100), quantity: 30 });
    expect(v.maxSupport).toBe(90n * T);
    expect(v.overBy).toBe(10n * T);
    expect(v.explanation).toContain("học viên");
    expect(v.explanation).toContain("minh họa");
  });
  it("an admin's new period replaces the old value from its start date only", () => {
    const raised: SupportRuleData = {
      ...SUPPORT_RULES.find((r) => r.code === "MACHINERY" && r.validTo === null)!,
      maxAmount: 400n * T,
      validFrom: new Date("2027-01-01T00:00:00Z"),
    };
    const rows = [...SUPPORT_RULES, raised];
    expect(evaluateLines(rows, [line("MACHINERY", 1000, 0)], { on: TODAY, priority: false })[0]!.maxSupport).toBe(
      300n * T,
    );
    expect(
      evaluateLines(rows, [line("MACHINERY", 1000, 0)], { on: new Date("2027-02-01T00:00:00Z"), priority: false })[0]!
        .maxSupport,
    ).toBe(400n * T);
    expect(rulesInForce(rows, new Date("2027-02-01T00:00:00Z")).filter((r) => r.code === "MACHINERY")).toHaveLength(1);
  });
  it("lists the cost kinds of an activity", () => {
    expect(costKindsFor(SUPPORT_RULES, "UNG_DUNG_MAY_MOC", TODAY).map((r) => r.costKind)).toEqual([
      "MACHINERY",
      "TECH_LINE",
    ]);
  });
});
