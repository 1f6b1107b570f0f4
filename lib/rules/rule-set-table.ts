import type { Fund } from "@/lib/generated/prisma/enums";
import type { RuleSetLimits } from "@/lib/rules/rule-sets";
import { NATIONAL_SET, OLD_NATIONAL_SET, SUPPORT_RULES } from "@/lib/rules/support-table";
import type { SupportRuleData } from "@/lib/rules/types";
import { ADVANCE_RULES, type AdvanceRuleData } from "@/lib/rules/advance-rule-catalogue";

// The rule sets seeded by prisma/seed/rule-sets.ts. National: TTLT 26/2014 (2014–2018) then TT 28/2018
// (from 12/05/2018), advances by TT 36/2013/TT-BCT. Phú Thọ's local fund from 01/01/2026: the instrument
// is real — Nghị quyết 23/2025/NQ-HĐND, 28/10/2025, HĐND tỉnh Phú Thọ, effective 01/01/2026 (number, date,
// issuer and effective date seen at the source below) — but its levels were not retrieved, so every level
// of that set is "minh họa" (illustrative) and the set is flagged so on every screen.

export type RuleSetSeed = {
  code: string;
  fund: Fund;
  provinceCode: string | null;
  instrumentNo: string;
  instrumentTitle: string;
  issuer: string;
  issuedOn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  advanceBasis: string;
  limits: RuleSetLimits;
  illustrative: boolean;
  source: string | null;
  note: string | null;
  legalBasis: { code: string; title: string };
};

const LIMITS: RuleSetLimits = { fairsAbroadPerYear: 2, foundingDifficultAreaOnly: true };
const TT36 =
  "Thông tư 36/2013/TT-BCT ngày 27/12/2013 của Bộ Công Thương (sửa đổi bởi Thông tư 17/2018/TT-BCT), Điều 13–16";
export const PHU_THO_SET = "PT-KCDP-NQ23-2025";
const PT_SOURCE =
  "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-23-2025-NQ-HDND-quy-dinh-muc-chi-hoat-dong-khuyen-cong-Phu-Tho-680133.html";
const PT_ADVANCE =
  "Quy chế quản lý và sử dụng kinh phí khuyến công tỉnh Phú Thọ (Quyết định 1648/QĐ-UBND ngày 22/07/2015 của UBND tỉnh Phú Thọ) — tỷ lệ tạm ứng minh họa";

export const RULE_SETS: readonly RuleSetSeed[] = [
  {
    code: OLD_NATIONAL_SET,
    fund: "KCQG",
    provinceCode: null,
    instrumentNo: "26/2014/TTLT-BTC-BCT",
    instrumentTitle: "Thông tư liên tịch 26/2014/TTLT-BTC-BCT",
    issuer: "Bộ Tài chính – Bộ Công Thương",
    issuedOn: "2014-02-18",
    effectiveFrom: "2014-04-08",
    effectiveTo: "2018-05-11",
    advanceBasis: TT36,
    limits: LIMITS,
    illustrative: false,
    source: "domain.md §1.1, §5.2 [S1]",
    note: "Chế độ cũ; được thay thế bởi Thông tư 28/2018/TT-BTC.",
    legalBasis: { code: "TTLT26-2014", title: "Thông tư liên tịch 26/2014/TTLT-BTC-BCT" },
  },
  {
    code: NATIONAL_SET,
    fund: "KCQG",
    provinceCode: null,
    instrumentNo: "28/2018/TT-BTC",
    instrumentTitle: "Thông tư 28/2018/TT-BTC",
    issuer: "Bộ Tài chính",
    issuedOn: "2018-03-28",
    effectiveFrom: "2018-05-12",
    effectiveTo: null,
    advanceBasis: TT36,
    limits: LIMITS,
    illustrative: false,
    source: "domain.md §1.1, §5.2 [S5][S6]",
    note: "Sửa đổi bởi Thông tư 64/2024/TT-BTC. Có hiệu lực sau 45 ngày kể từ ngày ký (28/03/2018): 12/05/2018. Là mức trần cho kinh phí khuyến công địa phương khi tỉnh chưa có quy định riêng.",
    legalBasis: { code: "TT28-2018", title: "Thông tư 28/2018/TT-BTC" },
  },
  {
    code: PHU_THO_SET,
    fund: "KCDP",
    provinceCode: "25",
    instrumentNo: "23/2025/NQ-HĐND",
    instrumentTitle:
      "Nghị quyết 23/2025/NQ-HĐND quy định mức chi cụ thể cho các hoạt động khuyến công trên địa bàn tỉnh Phú Thọ",
    issuer: "HĐND tỉnh Phú Thọ",
    issuedOn: "2025-10-28",
    effectiveFrom: "2026-01-01",
    effectiveTo: null,
    advanceBasis: PT_ADVANCE,
    limits: LIMITS,
    illustrative: true,
    source: PT_SOURCE,
    note: "Số, ngày, cơ quan ban hành và ngày hiệu lực theo văn bản; chưa có toàn văn các mức chi nên mọi mức trong bộ này là minh họa.",
    legalBasis: { code: "NQ23-2025-PT", title: "Nghị quyết 23/2025/NQ-HĐND" },
  },
];

const T = 1_000_000n;
const PT_FROM = new Date("2026-01-01T00:00:00Z");
const PT_NOTE = "Mức minh họa: chưa có toàn văn Nghị quyết 23/2025/NQ-HĐND; cần đối chiếu trước khi áp dụng.";
/** Illustrative local levels that differ from the national ones (the rest copy the national level, still minh họa). */
const PT_OVERRIDES: Record<string, { pct?: number | null; trieu?: number | null; normTrieu?: number }> = {
  DEMO_MODEL_NEW_TECH: { pct: 3000, trieu: 600 },
  BRAND: { pct: 5000, trieu: 30 },
  TRAINING: { normTrieu: 2.5 },
};

/** Phú Thọ's local set: every national cost kind in force on 01/01/2026, levels illustrative. */
export const PHU_THO_RULES: readonly SupportRuleData[] = SUPPORT_RULES.filter(
  (r) => r.ruleSetCode === NATIONAL_SET && r.validTo === null,
).map((r) => {
  const o = PT_OVERRIDES[r.code];
  return {
    ...r,
    maxPercentBp: o && "pct" in o ? (o.pct ?? null) : r.maxPercentBp,
    maxAmount: o && "trieu" in o && o.trieu != null ? BigInt(o.trieu) * T : r.maxAmount,
    unitNorm: o?.normTrieu ? BigInt(Math.round(o.normTrieu * 1_000_000)) : (r.unitNorm ?? null),
    legalBasisCode: "NQ23-2025-PT",
    legalBasisTitle: "Nghị quyết 23/2025/NQ-HĐND",
    // Where the local level copies the national one, say so: the national article is the level's origin.
    article: o ? "Điều 2 (minh họa)" : `Điều 2 (minh họa; bằng mức ${r.article} ${r.legalBasisTitle})`,
    validFrom: PT_FROM,
    validTo: null,
    verified: false,
    note: `${PT_NOTE}${r.code === "FAIR_ABROAD" ? " Mỗi cơ sở tối đa 2 lần/năm (TT 46/2012 Điều 4)." : ""}`,
    ruleSetCode: PHU_THO_SET,
  };
});

const PT_ART = "Quy chế kinh phí khuyến công tỉnh Phú Thọ (minh họa)";
const PT_CODE: Record<string, string> = {
  INFRASTRUCTURE: "PT-TU-HA-TANG",
  TRAINING: "PT-TU-DAO-TAO-NGHE",
  CONSULTING: "PT-TU-TU-VAN",
  EVENT: "PT-TU-HOI-CHO",
  INVESTMENT: "PT-TU-MAY-MOC-MO-HINH",
  FOUNDING: "PT-TU-KHOI-SU-DN",
};
/**
 * Phú Thọ's own advance procedure (set by its UBND) as data of its local set. Its text was not retrieved:
 * the percentages shown are illustrative and follow the national model (TT 36/2013, 70 % before acceptance),
 * cited as the province's Quy chế so a local contract never cites the national circular.
 */
export const PHU_THO_ADVANCE_RULES: readonly AdvanceRuleData[] = ADVANCE_RULES.map((r) => ({
  ...r,
  code: PT_CODE[r.advanceType] ?? `PT-${r.code}`,
  label: `${r.label} (KCĐP Phú Thọ)`,
  condition: `${r.condition} (minh họa)`,
  article: PT_ART,
  validFrom: PT_FROM,
  validTo: null,
}));

/** Pure rule-set rows for tests and the browser (ids = codes; provinceId given by the caller). */
export function ruleSetData(seed: RuleSetSeed, provinceId: string | null, provinceName: string | null) {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  return {
    id: seed.code,
    code: seed.code,
    fund: seed.fund,
    provinceId,
    provinceName,
    instrumentNo: seed.instrumentNo,
    instrumentTitle: seed.instrumentTitle,
    issuer: seed.issuer,
    issuedOn: day(seed.issuedOn),
    effectiveFrom: day(seed.effectiveFrom),
    effectiveTo: seed.effectiveTo ? day(seed.effectiveTo) : null,
    advanceBasis: seed.advanceBasis,
    limits: seed.limits,
    illustrative: seed.illustrative,
    source: seed.source,
    version: 1,
  };
}
