// Data-quality rules for results (pure; issue 19). Each result a đề án's acceptance records is checked before it
// is written:
//  - RANGE (refused): above what one đề án can plausibly achieve for the indicator's unit — "1 đề án" counts itself
//    once, a model is a handful, people and establishments have a ceiling per đề án;
//  - SIZE_OUTLIER (flagged): people far beyond the establishment's own workforce ("1.000 lao động" for a workshop of
//    five) — possible (a course for the whole village), so kept, flagged with the reason;
//  - BUDGET_OUTLIER (flagged): so many people or establishments that the support per head is implausibly small;
//  - EVIDENCE (flagged): results recorded without the scanned minutes attached to the đề án.
// The thresholds are the portal's checks, not legal limits: they live here, in one table, to be tuned.

export type QualityRuleCode = "RANGE" | "SIZE_OUTLIER" | "BUDGET_OUTLIER" | "EVIDENCE";
export type QualityIssue = { rule: QualityRuleCode; refuse: boolean; vi: string; en: string };

/** Most one đề án's acceptance may record, by the indicator's unit. */
export const MAX_PER_PROPOSAL: Readonly<Record<string, number>> = {
  "đề án": 1,
  "mô hình": 10,
  "cơ sở": 200,
  người: 5000,
};
export const DEFAULT_MAX_PER_PROPOSAL = 1000;
/** People above max(SIZE_FLOOR, SIZE_FACTOR × workforce) of a single establishment's đề án are flagged. */
export const SIZE_FACTOR = 20;
export const SIZE_FLOOR = 50;
/** Support per person / per establishment below these (VND) is flagged. */
export const MIN_SUPPORT_PER_UNIT: Readonly<Record<string, bigint>> = {
  người: 200_000n,
  "cơ sở": 1_000_000n,
};

export type ResultCheckInput = {
  indicatorName: string;
  unit: string;
  value: number;
  /** The establishment's workforce when the đề án is one establishment's (null for a centre's course). */
  workforce: number | null;
  approvedSupport: bigint | null;
  /** The đề án has its acceptance minutes attached (scan). */
  minutesAttached: boolean;
};

const fmt = (n: number | bigint) => n.toLocaleString("vi-VN");

export function checkResult(r: ResultCheckInput): QualityIssue[] {
  const out: QualityIssue[] = [];
  const max = MAX_PER_PROPOSAL[r.unit] ?? DEFAULT_MAX_PER_PROPOSAL;
  if (r.value > max)
    out.push({
      rule: "RANGE",
      refuse: true,
      vi: `${r.indicatorName}: ${fmt(r.value)} ${r.unit} vượt mức tối đa một đề án có thể đạt (${fmt(max)} ${r.unit}). Kiểm tra lại số trên biên bản.`,
      en: `${r.indicatorName}: ${fmt(r.value)} ${r.unit} is above what one project can achieve (${fmt(max)}). Check the minutes.`,
    });
  if (r.unit === "người" && r.workforce !== null && r.workforce > 0) {
    const limit = Math.max(SIZE_FLOOR, SIZE_FACTOR * r.workforce);
    if (r.value > limit)
      out.push({
        rule: "SIZE_OUTLIER",
        refuse: false,
        vi: `${r.indicatorName}: ${fmt(r.value)} người, gấp ${fmt(Math.round(r.value / r.workforce))} lần số lao động của cơ sở (${fmt(r.workforce)} người).`,
        en: `${r.indicatorName}: ${fmt(r.value)} people, ${fmt(Math.round(r.value / r.workforce))} times the establishment's workforce (${fmt(r.workforce)}).`,
      });
  }
  const floor = MIN_SUPPORT_PER_UNIT[r.unit];
  if (floor !== undefined && r.approvedSupport !== null && r.approvedSupport > 0n && r.value > 0) {
    const per = r.approvedSupport / BigInt(r.value);
    if (per < floor)
      out.push({
        rule: "BUDGET_OUTLIER",
        refuse: false,
        vi: `${r.indicatorName}: kinh phí hỗ trợ chỉ ${fmt(per)} đồng cho mỗi ${r.unit} (dưới ${fmt(floor)} đồng) — số lượng có thể bị nhập thừa.`,
        en: `${r.indicatorName}: support of only ${fmt(per)} VND per ${r.unit} (below ${fmt(floor)}) — the count may be overstated.`,
      });
  }
  if (!r.minutesAttached)
    out.push({
      rule: "EVIDENCE",
      refuse: false,
      vi: `${r.indicatorName}: chưa đính kèm bản chụp biên bản nghiệm thu vào hồ sơ đề án.`,
      en: `${r.indicatorName}: the scanned acceptance minutes are not attached to the project.`,
    });
  return out;
}
