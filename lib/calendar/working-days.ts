// Working-day calendar (pure). Days are calendar dates held as UTC-midnight Dates, like @db.Date columns
// and lib/dates.ts parseDate. Saturdays and Sundays are days off for state agencies (working week of
// Mon–Fri, QĐ 188/1999/QĐ-TTg); public holidays come from Holiday rows (BLLĐ 2019 Art. 112, plus the
// yearly swaps announced by the Government), so a province can add or move a day without a release.

const DAY_MS = 86_400_000;

export type DayInput = Date | string;

/** "2026-02-17" or a Date → that calendar date at UTC midnight. */
export function toDay(input: DayInput): Date {
  if (typeof input === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(input);
    if (!m) throw new Error(`Ngày không hợp lệ: ${input}`);
    return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return new Date(Date.UTC(input.getUTCFullYear(), input.getUTCMonth(), input.getUTCDate()));
}

export function dayKey(input: DayInput): string {
  return toDay(input).toISOString().slice(0, 10);
}

export function addDays(input: DayInput, days: number): Date {
  return new Date(toDay(input).getTime() + days * DAY_MS);
}

/** Whole calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: DayInput, b: DayInput): number {
  return Math.round((toDay(b).getTime() - toDay(a).getTime()) / DAY_MS);
}

export function isWeekend(input: DayInput): boolean {
  const dow = toDay(input).getUTCDay();
  return dow === 0 || dow === 6;
}

export type HolidayInput = { date: DayInput; name: string };

export type Calendar = {
  isWorkingDay(d: DayInput): boolean;
  holidayName(d: DayInput): string | null;
  /** The day itself if it is a working day, else the next working day. */
  onOrAfterWorkingDay(d: DayInput): Date;
  /** n working days after d (n ≥ 0; n = 0 gives onOrAfterWorkingDay). */
  addWorkingDays(d: DayInput, n: number): Date;
  /** n working days before d (n ≥ 1). */
  subtractWorkingDays(d: DayInput, n: number): Date;
  /** Working days in (from, to]: 0 when to ≤ from. */
  workingDaysBetween(from: DayInput, to: DayInput): number;
};

export function createCalendar(holidays: readonly HolidayInput[]): Calendar {
  const names = new Map(holidays.map((h) => [dayKey(h.date), h.name]));
  const isWorkingDay = (d: DayInput) => !isWeekend(d) && !names.has(dayKey(d));
  const step = (d: DayInput, n: number, dir: 1 | -1) => {
    let day = toDay(d);
    let left = n;
    while (left > 0) {
      day = addDays(day, dir);
      if (isWorkingDay(day)) left -= 1;
    }
    return day;
  };
  const onOrAfterWorkingDay = (d: DayInput) => {
    let day = toDay(d);
    // A Tết break is at most ~10 days; a year without working days is a data error, not a loop.
    for (let i = 0; i < 366 && !isWorkingDay(day); i++) day = addDays(day, 1);
    return day;
  };
  return {
    isWorkingDay,
    holidayName: (d) => names.get(dayKey(d)) ?? null,
    onOrAfterWorkingDay,
    addWorkingDays: (d, n) => (n <= 0 ? onOrAfterWorkingDay(d) : step(d, n, 1)),
    subtractWorkingDays: (d, n) => step(d, n, -1),
    workingDaysBetween(from, to) {
      let count = 0;
      for (let day = addDays(from, 1); day.getTime() <= toDay(to).getTime(); day = addDays(day, 1)) {
        if (isWorkingDay(day)) count += 1;
      }
      return count;
    },
  };
}
