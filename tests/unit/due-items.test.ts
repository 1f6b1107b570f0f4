import { describe, expect, it } from "vitest";
import { createCalendar } from "@/lib/calendar/working-days";
import { VN_HOLIDAYS_2025_2026 } from "@/lib/calendar/vn-holidays";
import { dueItemsFor, type ProposalFacts } from "@/lib/implementation/due-items";

const cal = createCalendar(VN_HOLIDAYS_2025_2026);
const base: ProposalFacts = {
  id: "p",
  code: "X",
  title: "Đề án",
  status: "IN_PROGRESS",
  contractSignedAt: new Date("2026-08-10"),
  reportedPeriods: ["2026-08"],
  endDate: new Date("2026-12-15"),
  lastAcceptanceAt: null,
  settledAt: null,
  followUps: 0,
  openSupplementDeadline: null,
};

describe("obligations of a đề án", () => {
  it("flags missed monthly reports as overdue and the current one as coming", () => {
    const items = dueItemsFor(base, new Date("2026-10-05"), cal);
    const reports = items.filter((i) => i.kind === "PROGRESS_REPORT");
    expect(reports.map((r) => [r.label.slice(-7), r.status])).toEqual([
      ["09/2026", "OVERDUE"],
      ["10/2026", "UPCOMING"],
    ]);
  });
  it("after acceptance: the settlement dossier within 15 days of the last acceptance", () => {
    const items = dueItemsFor(
      { ...base, status: "ACCEPTED", lastAcceptanceAt: new Date("2026-03-06") },
      new Date("2026-03-24"),
      cal,
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "SETTLEMENT_DOSSIER", status: "OVERDUE", daysLate: 1 });
    expect(items[0]?.due.toISOString().slice(0, 10)).toBe("2026-03-23");
  });
  it("a returned dossier: the supplement deadline", () => {
    const items = dueItemsFor(
      { ...base, status: "RETURNED", openSupplementDeadline: new Date("2026-03-20") },
      new Date("2026-03-18"),
      cal,
    );
    expect(items).toEqual([expect.objectContaining({ kind: "SUPPLEMENT", status: "DUE_SOON" })]);
  });
  it("a year after settlement: the follow-up check", () => {
    const items = dueItemsFor(
      { ...base, status: "SETTLED", settledAt: new Date("2025-11-20") },
      new Date("2026-11-23"),
      cal,
    );
    expect(items).toEqual([expect.objectContaining({ kind: "FOLLOW_UP", status: "OVERDUE" })]);
  });
  it("the follow-up window closes three years after settlement: nothing is owed after it", () => {
    const settled = { ...base, status: "SETTLED" as const, settledAt: new Date("2022-11-20") };
    expect(dueItemsFor(settled, new Date("2025-11-19"), cal)).toHaveLength(1);
    expect(dueItemsFor(settled, new Date("2025-11-20"), cal)).toHaveLength(1);
    expect(dueItemsFor(settled, new Date("2025-11-21"), cal)).toEqual([]);
  });
});
