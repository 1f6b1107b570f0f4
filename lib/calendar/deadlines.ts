// Deadline engine (pure): what is due, what to remind about, what is overdue.
// - Progress report of each contract: monthly, before the 25th (TT 36/2013/TT-BCT Art. 23).
// - Settlement dossier: within 15 days of the last base acceptance (TT 36/2013/TT-BCT, step 11 of §4.3).
// - A deadline falling on a day off ends on the next working day (Bộ luật Dân sự 2015 Art. 148.5).
import { addDays, daysBetween, toDay, type Calendar, type DayInput } from "@/lib/calendar/working-days";

export const DEADLINE_RULES = {
  progressReportDay: 25,
  settlementDossierDays: 15,
  /** Remind this many working days before a deadline. */
  remindWorkingDays: 3,
  /** Follow-up visit (machine still used, jobs kept) one year after settlement… */
  followUpAfterDays: 365,
  /** …and owed no longer than three years after it (the follow-up window is 1–3 years after settlement). */
  followUpUntilYears: 3,
} as const;

export type DeadlineKind = "PROGRESS_REPORT" | "SUPPLEMENT" | "ACCEPTANCE" | "SETTLEMENT_DOSSIER" | "FOLLOW_UP";
export type DeadlineStatus = "OVERDUE" | "DUE_SOON" | "UPCOMING";

export const DEADLINE_LABELS = {
  PROGRESS_REPORT: { vi: "Báo cáo tiến độ tháng", en: "Monthly progress report" },
  SUPPLEMENT: { vi: "Bổ sung hồ sơ", en: "Dossier supplement" },
  ACCEPTANCE: { vi: "Nghiệm thu", en: "Acceptance" },
  SETTLEMENT_DOSSIER: { vi: "Hồ sơ quyết toán", en: "Settlement dossier" },
  FOLLOW_UP: { vi: "Kiểm tra sau hỗ trợ", en: "Follow-up check" },
} as const satisfies Record<DeadlineKind, { vi: string; en: string }>;

/** "YYYY-MM" of a day. */
export function periodOf(d: DayInput): string {
  return toDay(d).toISOString().slice(0, 7);
}

export function nextPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** The report for period "2026-03" is due on 25/03/2026, moved to the next working day if that is a day off. */
export function monthlyReportDeadline(period: string, cal: Calendar): Date {
  return cal.onOrAfterWorkingDay(`${period}-${String(DEADLINE_RULES.progressReportDay).padStart(2, "0")}`);
}

/** A contract signed after this month's deadline reports first for the next month. */
export function firstReportPeriod(signedAt: DayInput, cal: Calendar): string {
  const period = periodOf(signedAt);
  return monthlyReportDeadline(period, cal).getTime() < toDay(signedAt).getTime() ? nextPeriod(period) : period;
}

export function settlementDossierDeadline(lastAcceptance: DayInput, cal: Calendar): Date {
  return cal.onOrAfterWorkingDay(addDays(lastAcceptance, DEADLINE_RULES.settlementDossierDays));
}

export type Classified = {
  status: DeadlineStatus;
  due: Date;
  remindFrom: Date;
  daysLate: number;
  workingDaysLeft: number;
};

export function classifyDeadline(
  due: DayInput,
  today: DayInput,
  cal: Calendar,
  remindWorkingDays: number = DEADLINE_RULES.remindWorkingDays,
): Classified {
  const dueDay = cal.onOrAfterWorkingDay(due);
  const todayDay = toDay(today);
  const remindFrom = remindWorkingDays > 0 ? cal.subtractWorkingDays(dueDay, remindWorkingDays) : dueDay;
  const late = daysBetween(dueDay, todayDay);
  const status: DeadlineStatus =
    late > 0 ? "OVERDUE" : todayDay.getTime() >= remindFrom.getTime() ? "DUE_SOON" : "UPCOMING";
  return {
    status,
    due: dueDay,
    remindFrom,
    daysLate: Math.max(0, late),
    workingDaysLeft: cal.workingDaysBetween(todayDay, dueDay),
  };
}

/**
 * Periods whose report is missing, from the first reporting month up to the current one (the current
 * one even when not yet due, so the beneficiary sees it coming). At most `limit` most recent ones.
 */
export function missingReportPeriods(
  signedAt: DayInput,
  submitted: ReadonlySet<string>,
  today: DayInput,
  cal: Calendar,
  limit = 12,
): Array<{ period: string; due: Date }> {
  const current = periodOf(today);
  const missing: string[] = [];
  for (let p = firstReportPeriod(signedAt, cal); p <= current; p = nextPeriod(p)) {
    if (!submitted.has(p)) missing.push(p);
  }
  // Deadlines of the kept periods only (issue 21: a contract signed years ago has a hundred missing months, and the
  // board computed every one's deadline to keep twelve).
  return missing.slice(-limit).map((p) => ({ period: p, due: monthlyReportDeadline(p, cal) }));
}

const ORDER: Record<DeadlineStatus, number> = { OVERDUE: 0, DUE_SOON: 1, UPCOMING: 2 };

/** Overdue first (most late first), then due soon, then upcoming, each by date. */
export function sortDeadlines<T extends { status: DeadlineStatus; due: Date }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.due.getTime() - b.due.getTime());
}
