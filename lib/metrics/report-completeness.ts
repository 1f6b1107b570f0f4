// Completeness and timeliness of the monthly progress reports (pure; issue 19). A contract owes one report per
// month from its first reporting month (lib/calendar/deadlines.ts: due on the 25th, moved to the next working day)
// until the month its implementation ended (the last acceptance), or today. A report is EXPECTED once its deadline
// has passed; RECEIVED when filed (at any time); ON TIME when filed on or before the deadline day (Vietnam time).
import { firstReportPeriod, monthlyReportDeadline, nextPeriod, periodOf } from "@/lib/calendar/deadlines";
import { toDay, type Calendar } from "@/lib/calendar/working-days";

export type ReportObligation = {
  proposalId: string;
  code: string | null;
  title: string;
  unit: string;
  commune: string;
  signedAt: Date;
  /** The last acceptance (implementation over): no report is owed for later months. */
  endedAt: Date | null;
  /** Filed reports: period "YYYY-MM" and the Vietnam day it was filed (a UTC-midnight date, as toDay gives). */
  reports: ReadonlyArray<{ period: string; filedOn: Date }>;
};

export type CompletenessRow = {
  key: string;
  expected: number;
  received: number;
  onTime: number;
  /** Percent with one decimal; null when nothing was expected. */
  receivedPct: number | null;
  onTimePct: number | null;
};

export type LateReport = {
  proposalId: string;
  code: string | null;
  title: string;
  unit: string;
  commune: string;
  period: string;
  due: Date;
  filedOn: Date | null;
  daysLate: number;
};

export type Completeness = {
  total: CompletenessRow;
  byUnit: CompletenessRow[];
  byCommune: CompletenessRow[];
  late: LateReport[];
};

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

function row(key: string, c: { expected: number; received: number; onTime: number }): CompletenessRow {
  return { key, ...c, receivedPct: pct(c.received, c.expected), onTimePct: pct(c.onTime, c.expected) };
}

const DAY = 86_400_000;

export function reportCompleteness(obligations: readonly ReportObligation[], today: Date, cal: Calendar): Completeness {
  const todayDay = toDay(today);
  const total = { expected: 0, received: 0, onTime: 0 };
  const units = new Map<string, typeof total>();
  const communes = new Map<string, typeof total>();
  const late: LateReport[] = [];
  for (const o of obligations) {
    const filed = new Map(o.reports.map((r) => [r.period, toDay(r.filedOn)]));
    // Every unit and commune with a contract is listed, "—" while nothing is due yet.
    const unit = units.get(o.unit) ?? units.set(o.unit, { expected: 0, received: 0, onTime: 0 }).get(o.unit)!;
    const commune =
      communes.get(o.commune) ?? communes.set(o.commune, { expected: 0, received: 0, onTime: 0 }).get(o.commune)!;
    const last = periodOf(o.endedAt && o.endedAt < todayDay ? o.endedAt : todayDay);
    for (let p = firstReportPeriod(o.signedAt, cal); p <= last; p = nextPeriod(p)) {
      const due = monthlyReportDeadline(p, cal);
      if (due.getTime() >= todayDay.getTime()) break; // not yet expected
      const on = filed.get(p) ?? null;
      const onTime = on !== null && on.getTime() <= due.getTime();
      for (const acc of [total, unit, commune]) {
        acc.expected += 1;
        if (on) acc.received += 1;
        if (onTime) acc.onTime += 1;
      }
      if (!onTime)
        late.push({
          proposalId: o.proposalId,
          code: o.code,
          title: o.title,
          unit: o.unit,
          commune: o.commune,
          period: p,
          due,
          filedOn: on,
          daysLate: Math.round(((on ?? todayDay).getTime() - due.getTime()) / DAY),
        });
    }
  }
  const rows = (m: Map<string, typeof total>) =>
    [...m]
      .map(([k, c]) => row(k, c))
      .sort((a, b) => (a.onTimePct ?? 101) - (b.onTimePct ?? 101) || a.key.localeCompare(b.key, "vi"));
  return {
    total: row("", total),
    byUnit: rows(units),
    byCommune: rows(communes),
    late: late.sort((a, b) => b.daysLate - a.daysLate || a.period.localeCompare(b.period)),
  };
}
