// Completeness and timeliness of monthly progress reports (issue 19), hand-computed on a small case: a deadline on
// a Saturday moves to Monday, a holiday on the 25th moves it a day, a contract signed after the 25th owes nothing
// that month, a finished đề án owes nothing after its last acceptance.
import { describe, expect, it } from "vitest";
import { createCalendar } from "@/lib/calendar/working-days";
import { reportCompleteness, type ReportObligation } from "@/lib/metrics/report-completeness";

const cal = createCalendar([{ date: "2026-05-25", name: "Nghỉ bù (thử)" }]);
const d = (s: string) => new Date(`${s}T00:00:00Z`);

const base = { code: null, title: "Đề án", reports: [] as ReportObligation["reports"] };
const obligations: ReportObligation[] = [
  {
    ...base,
    proposalId: "o1",
    unit: "HTX Mây tre",
    commune: "xã Yên Lạc",
    signedAt: d("2026-03-10"),
    endedAt: null,
    reports: [
      { period: "2026-03", filedOn: d("2026-03-24") },
      { period: "2026-04", filedOn: d("2026-04-27") }, // 25/04 is a Saturday: due Monday 27/04
    ],
  },
  { ...base, proposalId: "o2", unit: "Cơ sở Gốm", commune: "xã Yên Lạc", signedAt: d("2026-05-27"), endedAt: null },
  {
    ...base,
    proposalId: "o3",
    unit: "HTX Mây tre",
    commune: "xã Tam Hồng",
    signedAt: d("2026-01-05"),
    endedAt: d("2026-02-10"),
    reports: [{ period: "2026-01", filedOn: d("2026-01-30") }], // due 26/01 (25/01 is a Sunday): 4 days late
  },
];

describe("report completeness", () => {
  const r = reportCompleteness(obligations, d("2026-06-01"), cal);

  it("counts expected, received and on-time reports and their rates", () => {
    expect(r.total).toEqual({ key: "", expected: 5, received: 3, onTime: 2, receivedPct: 60, onTimePct: 40 });
    expect(r.byUnit).toEqual([
      { key: "HTX Mây tre", expected: 5, received: 3, onTime: 2, receivedPct: 60, onTimePct: 40 },
      { key: "Cơ sở Gốm", expected: 0, received: 0, onTime: 0, receivedPct: null, onTimePct: null },
    ]);
    expect(r.byCommune).toEqual([
      { key: "xã Tam Hồng", expected: 2, received: 1, onTime: 0, receivedPct: 50, onTimePct: 0 },
      { key: "xã Yên Lạc", expected: 3, received: 2, onTime: 2, receivedPct: 66.7, onTimePct: 66.7 },
    ]);
  });

  it("lists the late and missing reports, the latest first", () => {
    expect(
      r.late.map((l) => [l.proposalId, l.period, l.due.toISOString().slice(0, 10), l.filedOn !== null, l.daysLate]),
    ).toEqual([
      ["o3", "2026-02", "2026-02-25", false, 96],
      ["o1", "2026-05", "2026-05-26", false, 6],
      ["o3", "2026-01", "2026-01-26", true, 4],
    ]);
  });

  it("the unit and commune totals add up to the overall total", () => {
    for (const rows of [r.byUnit, r.byCommune])
      for (const k of ["expected", "received", "onTime"] as const)
        expect(rows.reduce((s, x) => s + x[k], 0)).toBe(r.total[k]);
  });
});
