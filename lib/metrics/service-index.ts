// The service index (issue 20, Decision 766/QĐ-TTg's groups as the portal's own data can show them) — pure.
//
// For one agency and one month (Vietnam time):
// - timeliness: dossiers that got their handling result in the month (the first approval, refusal, recommendation or
//   non-recommendation of the dossier), on time when the working days from the last (re)submission before the result
//   to the result — days in (submission, result], on the holiday calendar — are within the agency's declared time
//   limit. A return for more documents restarts the count at the resubmission: the time limit runs from a complete
//   dossier. No declared limit → no share (never a guess).
// - online: dossiers first submitted in the month, online when the applicant filed it themselves (not filed at the
//   desk on their behalf).
// - digitised results: of the dossiers with a result in the month, those whose result was issued as a signed
//   electronic document (an IssuedDocument of the decision).
// - satisfaction: ratings given in the month; satisfied = overall 4 or 5 of 5; the average is shown beside it.
// The index does not weigh the groups into one score: Decision 766's weights and its other sources (surveys,
// inspections) are not the portal's to compute.
import type { Calendar } from "@/lib/calendar/working-days";

export type Share = {
  num: number;
  den: number;
  /** num/den as a fraction; null when den = 0 or not computable. */ rate: number | null;
};

export const share = (num: number, den: number): Share => ({ num, den, rate: den > 0 ? num / den : null });

/** Overall score from which a rater counts as satisfied (of 5). */
export const SATISFIED_FROM = 4;

/** Instants (timestamps), counted as their calendar days in Vietnam time. */
export type HandledDossier = { startAt: Date | null; resultAt: Date };

/** The calendar day (UTC midnight, as the calendar holds days) of an instant in Vietnam time (UTC+7). */
export function vnCalendarDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Working days the agency took: the days in (start, result] that are working days. A result on the day of submission
 * took 0. Without a recorded submission (an imported historic dossier) the time is unknown: null.
 */
export function workingDaysTaken(d: HandledDossier, cal: Calendar): number | null {
  return d.startAt === null ? null : cal.workingDaysBetween(vnCalendarDay(d.startAt), vnCalendarDay(d.resultAt));
}

/** On time within `limit` working days; null when the limit is not declared or the time is unknown. */
export function onTime(d: HandledDossier, limit: number | null, cal: Calendar): boolean | null {
  if (limit === null) return null;
  const taken = workingDaysTaken(d, cal);
  return taken === null ? null : taken <= limit;
}

/** The share of dossiers handled on time; dossiers whose time is unknown are left out of both sides. */
export function timelinessShare(
  dossiers: readonly HandledDossier[],
  limit: number | null,
  cal: Calendar,
): Share | null {
  if (limit === null) return null;
  let num = 0;
  let den = 0;
  for (const d of dossiers) {
    const ok = onTime(d, limit, cal);
    if (ok === null) continue;
    den++;
    if (ok) num++;
  }
  return share(num, den);
}

/** "2026-11" → the month's first instant and the next month's, both in Vietnam time (UTC+7, no DST), as UTC. */
export function monthWindow(month: string): { from: Date; to: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new Error(`Tháng không hợp lệ: ${month}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const offset = 7 * 3_600_000;
  return {
    from: new Date(Date.UTC(y, mo - 1, 1) - offset),
    to: new Date(Date.UTC(mo === 12 ? y + 1 : y, mo === 12 ? 0 : mo, 1) - offset),
  };
}

/** The month ("YYYY-MM") an instant falls in, in Vietnam time. */
export function vnMonth(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
}

/** The month `delta` months after (negative: before) `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + delta, 1)).toISOString().slice(0, 7);
}

/** The `count` months ending with `month`, oldest first. */
export function monthsEnding(month: string, count: number): string[] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

/** A valid "YYYY-MM" (2000–2100) or null. */
export function parseMonth(v: unknown): string | null {
  if (typeof v !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) return null;
  const y = Number(v.slice(0, 4));
  return y >= 2000 && y <= 2100 ? v : null;
}

/** "2026-11" → "11/2026". */
export function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}
