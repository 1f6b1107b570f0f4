// The service index's pure core (issue 20): working days taken in Vietnam time on the holiday calendar, the on-time
// share (unknown times left out, no limit → no share), month windows at UTC+7 and month arithmetic.
import { describe, expect, it } from "vitest";
import { createCalendar } from "@/lib/calendar/working-days";
import {
  monthLabel,
  monthWindow,
  monthsEnding,
  onTime,
  parseMonth,
  share,
  shiftMonth,
  timelinessShare,
  vnMonth,
  workingDaysTaken,
} from "@/lib/metrics/service-index";

const cal = createCalendar([
  { date: "2026-04-30", name: "Ngày Chiến thắng" },
  { date: "2026-05-01", name: "Quốc tế Lao động" },
]);
const vn = (s: string) => new Date(`${s.replace(" ", "T")}:00+07:00`);

describe("service index core", () => {
  it("counts working days in (submission, result], skipping weekends and holidays, by the Vietnam calendar day", () => {
    // Wed 29/04 → Mon 04/05: 30/04 and 01/05 are holidays, 02–03/05 the weekend → only 04/05.
    expect(workingDaysTaken({ startAt: vn("2026-04-29 08:00"), resultAt: vn("2026-05-04 16:00") }, cal)).toBe(1);
    // Same day: 0.
    expect(workingDaysTaken({ startAt: vn("2026-03-02 08:00"), resultAt: vn("2026-03-02 17:00") }, cal)).toBe(0);
    // 23:30 on 31/03 to 00:30 on 01/04 in Vietnam is the same UTC day but one working day here.
    expect(workingDaysTaken({ startAt: vn("2026-03-31 23:30"), resultAt: vn("2026-04-01 00:30") }, cal)).toBe(1);
    expect(workingDaysTaken({ startAt: null, resultAt: vn("2026-03-02 17:00") }, cal)).toBeNull();
  });

  it("on time within the limit; no limit or unknown time → no verdict, left out of the share", () => {
    const d = { startAt: vn("2026-03-02 09:00"), resultAt: vn("2026-03-09 09:00") }; // 5 working days
    expect(onTime(d, 5, cal)).toBe(true);
    expect(onTime(d, 4, cal)).toBe(false);
    expect(onTime(d, null, cal)).toBeNull();
    const list = [
      d,
      { startAt: vn("2026-03-02 09:00"), resultAt: vn("2026-03-10 09:00") },
      { startAt: null, resultAt: d.resultAt },
    ];
    expect(timelinessShare(list, 5, cal)).toEqual({ num: 1, den: 2, rate: 0.5 });
    expect(timelinessShare(list, null, cal)).toBeNull();
    expect(share(0, 0)).toEqual({ num: 0, den: 0, rate: null });
  });

  it("months in Vietnam time", () => {
    expect(monthWindow("2026-12")).toEqual({
      from: new Date("2026-11-30T17:00:00.000Z"),
      to: new Date("2026-12-31T17:00:00.000Z"),
    });
    expect(vnMonth(new Date("2026-11-30T17:00:00.000Z"))).toBe("2026-12");
    expect(vnMonth(new Date("2026-11-30T16:59:59.999Z"))).toBe("2026-11");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(monthsEnding("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(monthLabel("2026-03")).toBe("03/2026");
    expect(parseMonth("2026-13")).toBeNull();
    expect(parseMonth("2026-03")).toBe("2026-03");
    expect(parseMonth(["2026-03"])).toBeNull();
  });
});
