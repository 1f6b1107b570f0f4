import type { Fund } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/dates";
import { inForce } from "@/lib/rules/in-force";

// Rule sets by jurisdiction and fund (issue 15). National levels (TT 28/2018/TT-BTC) rule the national
// fund KCQG; each province's HĐND/UBND sets the levels of its own local fund KCĐP from the effective date
// of its resolution (domain.md Corrections 7). A province without a local set in force uses the national
// levels as its ceiling (TT 28/2018 applies to local funds too) — the explanation says so.

export type RuleSetLimits = {
  /** TT 46/2012/TT-BCT Art. 4: each establishment is supported at most twice a year for fairs abroad. */
  fairsAbroadPerYear: number | null;
  /** ND 45/2012 Art. 4 k.2 / TT 28/2018 Art. 8: founding support only in difficult areas. */
  foundingDifficultAreaOnly: boolean;
};

export type RuleSetData = {
  id: string;
  code: string;
  fund: Fund;
  provinceId: string | null;
  provinceName: string | null;
  instrumentNo: string;
  instrumentTitle: string;
  issuer: string;
  issuedOn: Date;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  advanceBasis: string;
  limits: RuleSetLimits;
  illustrative: boolean;
  source: string | null;
  version: number;
};

export type RuleSetChoice = {
  set: RuleSetData;
  /** KCĐP judged by the national set because the province had no local set in force that day. */
  nationalFallback: boolean;
};

export const DEFAULT_LIMITS: RuleSetLimits = { fairsAbroadPerYear: 2, foundingDifficultAreaOnly: true };

export function parseLimits(json: unknown): RuleSetLimits {
  const o = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  return {
    fairsAbroadPerYear:
      typeof o.fairsAbroadPerYear === "number" ? o.fairsAbroadPerYear : DEFAULT_LIMITS.fairsAbroadPerYear,
    foundingDifficultAreaOnly: typeof o.foundingDifficultAreaOnly === "boolean" ? o.foundingDifficultAreaOnly : true,
  };
}

const asDated = (s: RuleSetData) => ({ validFrom: s.effectiveFrom, validTo: s.effectiveTo });
const latest = (xs: RuleSetData[]) =>
  xs.sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime() || b.version - a.version)[0] ?? null;

/**
 * The rule set that judges a đề án of this fund and province submitted on `date`: the province's own
 * KCĐP set in force that day, else the national set in force that day. Null only when no set covers it.
 */
export function ruleSetFor(
  sets: readonly RuleSetData[],
  q: { fund: Fund; provinceId: string | null; date: Date },
): RuleSetChoice | null {
  const national = latest(
    sets.filter((s) => s.provinceId === null && s.fund === "KCQG" && inForce(asDated(s), q.date)),
  );
  if (q.fund === "KCDP" && q.provinceId) {
    const local = latest(
      sets.filter((s) => s.provinceId === q.provinceId && s.fund === "KCDP" && inForce(asDated(s), q.date)),
    );
    if (local) return { set: local, nationalFallback: false };
    return national ? { set: national, nationalFallback: true } : null;
  }
  return national ? { set: national, nationalFallback: false } : null;
}

export const ILLUSTRATIVE = "minh họa";

/** "Nghị quyết 23/2025/NQ-HĐND ngày 28/10/2025 của HĐND tỉnh Phú Thọ (hiệu lực từ 01/01/2026) — minh họa" */
export function instrumentCitation(
  s: Pick<RuleSetData, "instrumentTitle" | "issuedOn" | "issuer" | "effectiveFrom" | "effectiveTo" | "illustrative">,
): string {
  const period = s.effectiveTo
    ? `hiệu lực từ ${formatDate(s.effectiveFrom)} đến ${formatDate(s.effectiveTo)}`
    : `hiệu lực từ ${formatDate(s.effectiveFrom)}`;
  const flag = s.illustrative ? ` — mức hỗ trợ ${ILLUSTRATIVE}` : "";
  return `${s.instrumentTitle} ngày ${formatDate(s.issuedOn)} của ${s.issuer} (${period})${flag}`;
}

export const FUND_LABELS = {
  KCQG: { vi: "Kinh phí khuyến công quốc gia (KCQG)", en: "National industrial-extension fund (KCQG)" },
  KCDP: { vi: "Kinh phí khuyến công địa phương (KCĐP)", en: "Local industrial-extension fund (KCĐP)" },
} as const satisfies Record<Fund, { vi: string; en: string }>;

/** One sentence for verdicts and explanations: which set judged the đề án, and why. */
export function ruleSetSentence(c: RuleSetChoice): string {
  const base = `Áp dụng bộ quy tắc ${c.set.code}: ${instrumentCitation(c.set)}.`;
  if (!c.nationalFallback) return base;
  return `${base} Tỉnh chưa có quy định mức hỗ trợ riêng cho kinh phí khuyến công địa phương có hiệu lực ngày này, nên áp dụng mức của văn bản trung ương làm mức trần.`;
}

export type InstrumentApplied = { role: "caps" | "eligibility" | "advance"; citation: string; illustrative: boolean };

/**
 * The instruments a đề án is judged and paid by — what the printed decision's căn cứ lists: the
 * support-level instrument of its rule set, the decree (and its amendment in force), and the advance /
 * payment procedure of its fund.
 */
export function instrumentsApplied(
  sets: readonly RuleSetData[],
  q: { fund: Fund; provinceId: string | null; date: Date },
): InstrumentApplied[] {
  const out: InstrumentApplied[] = [];
  const nd235 = q.date.getTime() >= Date.UTC(2025, 9, 15);
  out.push({
    role: "eligibility",
    citation: nd235
      ? "Nghị định 45/2012/NĐ-CP ngày 21/05/2012 của Chính phủ về khuyến công, sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP ngày 27/08/2025"
      : "Nghị định 45/2012/NĐ-CP ngày 21/05/2012 của Chính phủ về khuyến công",
    illustrative: false,
  });
  const c = ruleSetFor(sets, q);
  if (!c) return out;
  out.push({ role: "caps", citation: instrumentCitation(c.set), illustrative: c.set.illustrative });
  out.push({
    role: "advance",
    citation: c.set.advanceBasis,
    illustrative: c.set.illustrative && c.set.provinceId !== null,
  });
  return out;
}
