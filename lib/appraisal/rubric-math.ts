// Council scoring arithmetic (TT 36/2013/TT-BCT Art. 9 appraisal contents, weighted). Pure: no I/O.
// Scores are integers 0..maxScore per criterion; weights are basis points summing to 10 000; a member's
// total is on a 0–100 scale with one decimal, kept as tenths (integers) so nothing drifts.

export type Criterion = { id: string; code: string; name: string; weightBp: number; maxScore: number };
export type MemberScores = { appraiserId: string; values: Record<string, number> };

export const WEIGHT_TOTAL_BP = 10_000;
/** Members more than this many points apart are flagged for discussion before the council closes. */
export const DEFAULT_SPREAD_THRESHOLD_TENTHS = 200;

export function rubricWeightProblem(criteria: readonly Criterion[]): string | null {
  if (criteria.length === 0) return "Bộ tiêu chí chưa có tiêu chí nào.";
  const sum = criteria.reduce((s, c) => s + c.weightBp, 0);
  if (sum !== WEIGHT_TOTAL_BP) return `Tổng trọng số phải bằng 100% (hiện là ${sum / 100}%).`;
  if (criteria.some((c) => c.maxScore <= 0 || c.weightBp < 0)) return "Điểm tối đa phải dương và trọng số không âm.";
  return null;
}

/** A member's weighted total in tenths of a point (0–1000), or null if any criterion is unscored. */
export function memberTotalTenths(criteria: readonly Criterion[], values: Record<string, number>): number | null {
  let numerator = 0; // Σ value × weightBp × 1000 / maxScore, kept exact by using a common scale
  for (const c of criteria) {
    const v = values[c.id];
    if (v === undefined) return null;
    if (!Number.isInteger(v) || v < 0 || v > c.maxScore)
      throw new RangeError(`Điểm "${c.name}" phải từ 0 đến ${c.maxScore}.`);
    numerator += (v * c.weightBp * 1000) / c.maxScore;
  }
  return Math.round(numerator / WEIGHT_TOTAL_BP);
}

export type ScoreSummary = {
  members: Array<{ appraiserId: string; totalTenths: number | null }>;
  completeCount: number;
  meanTenths: number | null;
  spreadTenths: number | null;
  wideSpread: boolean;
  /** Per criterion mean in tenths of a point of that criterion, over complete members. */
  criterionMeans: Record<string, number | null>;
};

export function summarize(
  criteria: readonly Criterion[],
  members: readonly MemberScores[],
  spreadThresholdTenths = DEFAULT_SPREAD_THRESHOLD_TENTHS,
): ScoreSummary {
  const rows = members.map((m) => ({ appraiserId: m.appraiserId, totalTenths: memberTotalTenths(criteria, m.values) }));
  const complete = rows.filter((r): r is { appraiserId: string; totalTenths: number } => r.totalTenths !== null);
  const totals = complete.map((r) => r.totalTenths);
  const meanTenths = totals.length ? Math.round(totals.reduce((a, b) => a + b, 0) / totals.length) : null;
  const spreadTenths = totals.length ? Math.max(...totals) - Math.min(...totals) : null;
  const completeIds = new Set(complete.map((r) => r.appraiserId));
  const criterionMeans: Record<string, number | null> = {};
  for (const c of criteria) {
    const vals = members.filter((m) => completeIds.has(m.appraiserId)).map((m) => m.values[c.id] ?? 0);
    criterionMeans[c.id] = vals.length ? Math.round((vals.reduce((a, b) => a + b, 0) * 10) / vals.length) : null;
  }
  return {
    members: rows,
    completeCount: complete.length,
    meanTenths,
    spreadTenths,
    wideSpread: totals.length >= 2 && spreadTenths !== null && spreadTenths > spreadThresholdTenths,
    criterionMeans,
  };
}

/** 734 → "73,4" (Vietnamese decimal comma). */
export function formatTenths(tenths: number | null): string {
  if (tenths === null) return "—";
  const whole = Math.trunc(tenths / 10);
  const frac = Math.abs(tenths % 10);
  return frac ? `${whole},${frac}` : String(whole);
}
