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
  // Days as whole numbers since 1970-01-01 (UTC): the board and the reminders classify tens of thousands of deadlines,
  // each stepping over days; a day number avoids building a Date and its ISO key per step (issue 21).
  const names = new Map(holidays.map((h) => [dayNumber(h.date), h.name]));
  const working = (n: number) => {
    const dow = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return dow !== 0 && dow !== 6 && !names.has(n);
  };
  const fromNumber = (n: number) => new Date(n * DAY_MS);
  const step = (d: DayInput, n: number, dir: 1 | -1) => {
    let day = dayNumber(d);
    let left = n;
    while (left > 0) {
      day += dir;
      if (working(day)) left -= 1;
    }
    return fromNumber(day);
  };
  const onOrAfterWorkingDay = (d: DayInput) => {
    let day = dayNumber(d);
    // A Tết break is at most ~10 days; a year without working days is a data error, not a loop.
    for (let i = 0; i < 366 && !working(day); i++) day += 1;
    return fromNumber(day);
  };
  return {
    isWorkingDay: (d) => working(dayNumber(d)),
    holidayName: (d) => names.get(dayNumber(d)) ?? null,
    onOrAfterWorkingDay,
    addWorkingDays: (d, n) => (n <= 0 ? onOrAfterWorkingDay(d) : step(d, n, 1)),
    subtractWorkingDays: (d, n) => step(d, n, -1),
    workingDaysBetween(from, to) {
      let count = 0;
      const last = dayNumber(to);
      for (let day = dayNumber(from) + 1; day <= last; day++) if (working(day)) count += 1;
      return count;
    },
  };
}

/** The calendar date of a day (as toDay) as whole days since 1970-01-01. */
function dayNumber(input: DayInput): number {
  return typeof input === "string" ? Math.round(toDay(input).getTime() / DAY_MS) : Math.floor(input.getTime() / DAY_MS);
}
