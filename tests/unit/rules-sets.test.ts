// Rule sets by jurisdiction and fund (issue 15): the same dossier under the national and a provincial set,
// the day before a provincial set takes effect, every cost kind of the 9 contents, the fairs-abroad limit,
// the difficult-area condition, the 2014–2018 cleaner-production rule and the authority by fund.
import { describe, expect, it } from "vitest";
import { evaluateApplication } from "@/lib/rules/evaluate";
import { evaluateLines } from "@/lib/rules/caps";
import { costKindsFor } from "@/lib/rules/in-force";
import { instrumentsApplied, ruleSetFor, type RuleSetData } from "@/lib/rules/rule-sets";
import { PHU_THO_RULES, PHU_THO_SET, RULE_SETS, ruleSetData } from "@/lib/rules/rule-set-table";
import { NATIONAL_SET, SUPPORT_RULES } from "@/lib/rules/support-table";
import { authorityRefusal } from "@/lib/decisions/authority";
import { ACTIVITIES } from "@/prisma/seed/foundation/catalogue";
import type { ActivityData, EstablishmentFacts, LineInput, SupportRuleData } from "@/lib/rules/types";

const T = 1_000_000n;
const PT = "province-phu-tho";
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const SETS: RuleSetData[] = RULE_SETS.map((s) =>
  ruleSetData(s, s.provinceCode ? PT : null, s.provinceCode ? "tỉnh Phú Thọ" : null),
);
const ALL_RULES: SupportRuleData[] = [...SUPPORT_RULES, ...PHU_THO_RULES];
const rulesOf = (code: string) => ALL_RULES.filter((r) => r.ruleSetCode === code);

const est: EstablishmentFacts = {
  kind: "HKD",
  industryCode: "THU_CONG_MY_NGHE",
  communeId: "c1",
  communeName: "xã Bình Xuyên",
  communeValidTo: null,
  difficultArea: false,
  ethnicMinorityArea: false,
  womenOwned: false,
  ethnicMinorityOwned: false,
  workforce: 12,
};
const activity = (code: string): ActivityData => {
  const a = ACTIVITIES.find((x) => x.code === code)!;
  return {
    id: code,
    code,
    contentNo: a.contentNo,
    name: a.name,
    legalBasisCode: "ND235-2025",
    article: "Điều 4",
    validFrom: day("2025-10-15"),
    validTo: null,
  };
};

/** Judges one dossier as the submission would: the set of its fund and province on the day, that set's rows. */
function judge(
  q: { fund: "KCQG" | "KCDP"; date: string },
  lines: LineInput[],
  code = "UNG_DUNG_MAY_MOC",
  facts = est,
  fairsBefore = 0,
) {
  const on = day(q.date);
  const choice = ruleSetFor(SETS, { fund: q.fund, provinceId: PT, date: on })!;
  return evaluateApplication({
    rules: rulesOf(choice.set.code),
    ruleSet: choice,
    establishment: facts,
    activity: activity(code),
    lines,
    on,
    attestCounterpart: true,
    attestNoDoubleFunding: true,
    history: { year: on.getUTCFullYear(), fairsAbroadThisYear: fairsBefore },
  });
}

// A demonstration model costing 3 tỷ, asking 800 triệu: 30 % = 900 triệu; national cap 1 tỷ, Phú Thọ's 600 triệu (minh họa).
const model: LineInput[] = [
  {
    item: "Mô hình lò nung tiết kiệm năng lượng",
    costKind: "DEMO_MODEL_NEW_TECH",
    total: 3_000n * T,
    requestedSupport: 800n * T,
  },
];
const DEMO = "MO_HINH_TRINH_DIEN";

describe("the same dossier under the national and a provincial rule set", () => {
  it("gets the national cap under KCQG and Phú Thọ's (minh họa) cap under KCĐP, each citing its instrument", () => {
    const national = judge({ fund: "KCQG", date: "2026-03-02" }, model, DEMO);
    const local = judge({ fund: "KCDP", date: "2026-03-02" }, model, DEMO);
    expect(national.lines[0]!.maxSupport).toBe(900n * T);
    expect(local.lines[0]!.maxSupport).toBe(600n * T);
    expect(national.problems).toEqual([]);
    expect(local.problems.join(" ")).toContain("tối đa 600 triệu đồng");
    expect(national.ruleSet?.citation).toContain(
      "Thông tư 28/2018/TT-BTC ngày 28/03/2018 của Bộ Tài chính (hiệu lực từ 12/05/2018)",
    );
    expect(local.ruleSet?.citation).toContain("Nghị quyết 23/2025/NQ-HĐND");
    expect(local.ruleSet?.citation).toContain("minh họa");
    expect(local.lines[0]!.explanation).toContain("Nghị quyết 23/2025/NQ-HĐND");
    expect(local.reasons.join(" ")).toContain("HĐND tỉnh Phú Thọ");
  });

  it("a KCĐP dossier submitted the day before the provincial set takes effect is judged by the set then in force", () => {
    const before = judge({ fund: "KCDP", date: "2025-12-31" }, model, DEMO);
    const after = judge({ fund: "KCDP", date: "2026-01-01" }, model, DEMO);
    expect(before.ruleSet?.code).toBe(NATIONAL_SET);
    expect(before.lines[0]!.maxSupport).toBe(900n * T);
    expect(before.reasons.join(" ")).toContain("Tỉnh chưa có quy định mức hỗ trợ riêng");
    expect(after.ruleSet?.code).toBe(PHU_THO_SET);
    expect(after.lines[0]!.maxSupport).toBe(600n * T);
  });

  it("another province's KCĐP and every KCQG dossier stay on the national set", () => {
    expect(ruleSetFor(SETS, { fund: "KCDP", provinceId: "other", date: day("2026-06-01") })?.set.code).toBe(
      NATIONAL_SET,
    );
    expect(ruleSetFor(SETS, { fund: "KCQG", provinceId: PT, date: day("2026-06-01") })?.set.code).toBe(NATIONAL_SET);
    expect(ruleSetFor(SETS, { fund: "KCQG", provinceId: PT, date: day("2016-06-01") })?.set.code).toBe(
      "QG-TTLT26-2014",
    );
  });

  it("instrumentsApplied names the caps, decree and advance instruments for the printed căn cứ", () => {
    const local = instrumentsApplied(SETS, { fund: "KCDP", provinceId: PT, date: day("2026-02-01") });
    expect(local.map((i) => i.role)).toEqual(["eligibility", "caps", "advance"]);
    expect(local[0]!.citation).toContain("Nghị định 235/2025/NĐ-CP");
    expect(local[1]!.citation).toContain("23/2025/NQ-HĐND");
    expect(local[2]!.citation).toContain("1648/QĐ-UBND");
    const national = instrumentsApplied(SETS, { fund: "KCQG", provinceId: PT, date: day("2026-02-01") });
    expect(national[1]!.citation).toContain("28/2018/TT-BTC");
    expect(national[2]!.citation).toContain("36/2013/TT-BCT");
  });
});

describe("every cost kind of the 9 contents of Decree 45 can be requested", () => {
  for (const setCode of [NATIONAL_SET, PHU_THO_SET]) {
    it(`under ${setCode}`, () => {
      const on = day("2026-03-02");
      const contents = new Set<number>();
      for (const a of ACTIVITIES) {
        for (const rule of costKindsFor(rulesOf(setCode), a.code, on)) {
          contents.add(a.contentNo);
          const [v] = evaluateLines(
            rulesOf(setCode),
            [{ item: rule.label, costKind: rule.costKind, total: 100n * T, requestedSupport: 1n * T, quantity: 1 }],
            { on, priority: false },
          );
          expect(v!.ok, `${a.code}/${rule.costKind}: ${v!.explanation}`).toBe(true);
          expect(v!.maxSupport).toBeGreaterThan(0n);
        }
      }
      expect([...contents].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  }
});

describe("limits that refuse with the rule and its instrument named", () => {
  const fair: LineInput = {
    item: "Hội chợ Canton",
    costKind: "FAIR_ABROAD",
    total: 80n * T,
    requestedSupport: 80n * T,
    quantity: 1,
  };
  it("at most 2 fairs abroad per establishment per year", () => {
    expect(judge({ fund: "KCQG", date: "2026-03-02" }, [fair], "SAN_PHAM_HOI_CHO", est, 1).problems).toEqual([]);
    const refused = judge({ fund: "KCQG", date: "2026-03-02" }, [fair], "SAN_PHAM_HOI_CHO", est, 2).problems.join(" ");
    expect(refused).toContain("tối đa 2 lần/năm");
    expect(refused).toContain("Điều 4 Thông tư 46/2012/TT-BCT");
    expect(refused).toContain("Thông tư 28/2018/TT-BTC");
    expect(refused).toContain("đã được hỗ trợ 2 lần năm 2026");
    const twoAtOnce = judge(
      { fund: "KCDP", date: "2026-03-02" },
      [{ ...fair, quantity: 3 }],
      "SAN_PHAM_HOI_CHO",
    ).problems.join(" ");
    expect(twoAtOnce).toContain("Nghị quyết 23/2025/NQ-HĐND");
  });

  it("founding an enterprise is supported only in a difficult area (a commune property)", () => {
    const founding: LineInput[] = [
      { item: "Thành lập doanh nghiệp", costKind: "FOUNDING", total: 15n * T, requestedSupport: 10n * T },
    ];
    const refused = judge({ fund: "KCQG", date: "2026-03-02" }, founding, "KHOI_SU_DN").problems.join(" ");
    expect(refused).toContain("chỉ áp dụng tại địa bàn có điều kiện kinh tế – xã hội khó khăn");
    expect(refused).toContain("Thông tư 28/2018/TT-BTC");
    expect(refused).toContain("xã Bình Xuyên");
    expect(
      judge({ fund: "KCQG", date: "2026-03-02" }, founding, "KHOI_SU_DN", { ...est, difficultArea: true }).problems,
    ).toEqual([]);
  });
});

describe("the catalogue's history", () => {
  it("the cleaner-production assessment rule of 2014–2018: 50 % and at most 50 triệu (TTLT 221/2012)", () => {
    const [v] = evaluateLines(
      SUPPORT_RULES,
      [{ item: "Đánh giá SXSH", costKind: "CLEANER_PRODUCTION_AUDIT", total: 200n * T, requestedSupport: 60n * T }],
      { on: day("2016-06-01"), priority: false },
    );
    expect(v!.maxSupport).toBe(50n * T);
    expect(v!.explanation).toContain("221/2012/TTLT-BTC-BCT");
  });
});

describe("authority follows the fund", () => {
  it("KCQG: only the ministry; KCĐP: only the department's leader — the refusal names who has it", () => {
    expect(authorityRefusal("KCQG", "MINISTRY_VIEWER")).toBeNull();
    expect(authorityRefusal("KCQG", "LEADER")).toContain("thuộc Bộ Công Thương");
    expect(authorityRefusal("KCDP", "LEADER")).toBeNull();
    expect(authorityRefusal("KCDP", "MINISTRY_VIEWER")).toContain("Sở Công Thương");
  });
});
