import { describe, expect, it } from "vitest";
import { createCalendar, dayKey } from "@/lib/calendar/working-days";
import { VN_HOLIDAYS_2025_2026 } from "@/lib/calendar/vn-holidays";
import {
  classifyDeadline,
  firstReportPeriod,
  missingReportPeriods,
  monthlyReportDeadline,
  settlementDossierDeadline,
  sortDeadlines,
} from "@/lib/calendar/deadlines";

const cal = createCalendar(VN_HOLIDAYS_2025_2026);

describe("working-day calendar", () => {
  it("treats weekends and Tết as days off", () => {
    expect(cal.isWorkingDay("2026-03-02")).toBe(true); // Monday
    expect(cal.isWorkingDay("2026-03-07")).toBe(false); // Saturday
    expect(cal.isWorkingDay("2026-02-17")).toBe(false); // mùng 1 Tết Bính Ngọ
    expect(cal.holidayName("2026-02-17")).toContain("Tết Nguyên đán");
    expect(cal.isWorkingDay("2025-09-02")).toBe(false);
  });

  it("adds working days across the Tết break", () => {
    // Fri 13/02/2026 + 1 working day: the break runs 14–22/02, so Mon 23/02.
    expect(dayKey(cal.addWorkingDays("2026-02-13", 1))).toBe("2026-02-23");
    expect(dayKey(cal.subtractWorkingDays("2026-02-23", 1))).toBe("2026-02-13");
    expect(cal.workingDaysBetween("2026-02-13", "2026-02-23")).toBe(1);
  });

  it("is configurable: a province-added holiday is a day off", () => {
    const local = createCalendar([{ date: "2026-03-10", name: "Ngày lễ địa phương" }]);
    expect(local.isWorkingDay("2026-03-10")).toBe(false);
    expect(cal.isWorkingDay("2026-03-10")).toBe(true);
  });
});

describe("monthly report by the 25th", () => {
  it("is due on the 25th when it is a working day", () => {
    expect(dayKey(monthlyReportDeadline("2026-03", cal))).toBe("2026-03-25"); // Wednesday
  });
  it("moves to the next working day when the 25th is a day off", () => {
    expect(dayKey(monthlyReportDeadline("2026-04", cal))).toBe("2026-04-28"); // Sat 25, Sun 26, Mon 27 nghỉ bù
    expect(dayKey(monthlyReportDeadline("2025-01", cal))).toBe("2025-02-03"); // inside Tết Ất Tỵ
  });
  it("starts with the next month when the contract is signed after the 25th", () => {
    expect(firstReportPeriod("2026-03-10", cal)).toBe("2026-03");
    expect(firstReportPeriod("2026-03-27", cal)).toBe("2026-04");
  });
  it("lists missing periods up to the current month", () => {
    const missing = missingReportPeriods("2026-01-05", new Set(["2026-02"]), "2026-04-02", cal);
    expect(missing.map((m) => m.period)).toEqual(["2026-01", "2026-03", "2026-04"]);
  });
});

describe("settlement dossier: 15 days after the last acceptance", () => {
  it("counts 15 calendar days", () => {
    expect(dayKey(settlementDossierDeadline("2026-03-02", cal))).toBe("2026-03-17");
  });
  it("ends on the next working day when the 15th day is a day off", () => {
    // 01/02/2026 + 15 = 16/02/2026, inside Tết → Mon 23/02/2026.
    expect(dayKey(settlementDossierDeadline("2026-02-01", cal))).toBe("2026-02-23");
    // 06/03/2026 + 15 = Sat 21/03 → Mon 23/03.
    expect(dayKey(settlementDossierDeadline("2026-03-06", cal))).toBe("2026-03-23");
  });
});

describe("classifying deadlines", () => {
  it("reminds three working days before, flags overdue after", () => {
    const due = "2026-03-25";
    expect(classifyDeadline(due, "2026-03-19", cal).status).toBe("UPCOMING");
    expect(classifyDeadline(due, "2026-03-20", cal).status).toBe("DUE_SOON"); // Fri; 23, 24, 25 left
    expect(classifyDeadline(due, "2026-03-25", cal).status).toBe("DUE_SOON");
    const late = classifyDeadline(due, "2026-03-27", cal);
    expect(late.status).toBe("OVERDUE");
    expect(late.daysLate).toBe(2);
  });
  it("a reminder window skips the holidays before the deadline", () => {
    // Due Mon 23/02/2026 (after Tết): 3 working days before is Wed 11/02.
    expect(dayKey(classifyDeadline("2026-02-23", "2026-02-11", cal).remindFrom)).toBe("2026-02-11");
    expect(classifyDeadline("2026-02-23", "2026-02-10", cal).status).toBe("UPCOMING");
  });
  it("sorts overdue first", () => {
    const items = [
      { status: "UPCOMING" as const, due: new Date("2026-05-01") },
      { status: "OVERDUE" as const, due: new Date("2026-03-01") },
      { status: "DUE_SOON" as const, due: new Date("2026-04-01") },
    ];
    expect(sortDeadlines(items).map((i) => i.status)).toEqual(["OVERDUE", "DUE_SOON", "UPCOMING"]);
  });
});

describe("the calendar's day arithmetic (issue 21: whole day numbers instead of a Date per step)", () => {
  // The same questions answered the plain way, one Date per day, as the calendar did before.
  const off = new Set(VN_HOLIDAYS_2025_2026.map((h) => dayKey(h.date)));
  const DAY = 86_400_000;
  const next = (d: Date, k: number) => new Date(d.getTime() + k * DAY);
  const works = (d: Date) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !off.has(d.toISOString().slice(0, 10));
  const walk = (d: Date, n: number, dir: 1 | -1) => {
    let day = d;
    for (let left = n; left > 0;) if (works((day = next(day, dir)))) left -= 1;
    return day;
  };
  const onOrAfter = (d: Date) => {
    let day = d;
    while (!works(day)) day = next(day, 1);
    return day;
  };
  const between = (a: Date, b: Date) => {
    let n = 0;
    for (let day = next(a, 1); day <= b; day = next(day, 1)) if (works(day)) n += 1;
    return n;
  };

  it("gives the plain day-by-day answers for every day of 2024–2027, at any hour of the day", () => {
    const start = Date.UTC(2024, 0, 1);
    for (let i = 0; i < 4 * 366; i += 1) {
      const day = new Date(start + i * DAY);
      const at = new Date(day.getTime() + ((i * 7919) % 24) * 3_600_000); // the same date, a later hour
      const later = next(day, (i * 37) % 60);
      expect(cal.isWorkingDay(at)).toBe(works(day));
      expect(cal.holidayName(at)).toBe(cal.holidayName(day.toISOString().slice(0, 10)));
      expect(cal.onOrAfterWorkingDay(at)).toEqual(onOrAfter(day));
      expect(cal.addWorkingDays(at, i % 25)).toEqual(i % 25 === 0 ? onOrAfter(day) : walk(day, i % 25, 1));
      expect(cal.subtractWorkingDays(at, (i % 20) + 1)).toEqual(walk(day, (i % 20) + 1, -1));
      expect(cal.workingDaysBetween(at, later)).toBe(between(day, later));
      expect(cal.workingDaysBetween(later, at)).toBe(0);
    }
  });

  it("keeps the twelve most recent missing report periods, with their deadlines", () => {
    const missing = missingReportPeriods("2014-03-02", new Set(["2026-05"]), "2026-12-03", cal);
    expect(missing.map((m) => m.period)).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    for (const m of missing) expect(m.due).toEqual(monthlyReportDeadline(m.period, cal));
  });
});
