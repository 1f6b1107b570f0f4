import { describe, expect, it } from "vitest";
import { decisionNumber, sequenceKey, signatureHeading } from "@/lib/decisions/numbering";
import { isDelegationActive } from "@/lib/decisions/delegation-rules";
import { planTotals } from "@/lib/plans/totals";
import { overdueVerdict } from "@/lib/appraisal/overdue";
import { filtersToQuery, parseQueueFilters } from "@/lib/appraisal/queue-filters";
import { TRIEU } from "@/lib/money";

describe("decision numbers and signature blocks (ND 30/2020)", () => {
  it("prints an individual decision's number without the year, with a leading zero below 10", () => {
    expect(decisionNumber(7, "APPROVE", "000.00.20.H45")).toBe("07/QĐ-SCT");
    expect(decisionNumber(3, "RETURN", "000.00.20.H04")).toBe("03/TB-SCT");
    expect(decisionNumber(12, "REJECT", "000.00.20.H45")).toBe("12/QĐ-SCT");
    expect(decisionNumber(105, "APPROVE", "000.00.20.H45")).toBe("105/QĐ-SCT");
    expect(decisionNumber(1, "APPROVE", "000.00.00.G12")).toBe("01/QĐ-BCT");
    expect(decisionNumber(4, "RECOMMEND", "000.00.20.H45")).toBe("04/TTr-SCT");
  });

  it("counts per agency, year and document type (the data stays unique per agency and year)", () => {
    expect(sequenceKey("000.00.20.H45", 2026, "APPROVE")).toBe("decision:000.00.20.H45:2026:QĐ");
    expect(sequenceKey("000.00.20.H45", 2026, "APPROVE")).not.toBe(sequenceKey("000.00.20.H04", 2026, "APPROVE"));
    expect(sequenceKey("000.00.20.H45", 2026, "APPROVE")).not.toBe(sequenceKey("000.00.20.H45", 2026, "RETURN"));
    expect(sequenceKey("000.00.20.H45", 2026, "APPROVE")).toBe(sequenceKey("000.00.20.H45", 2026, "REJECT"));
    expect(sequenceKey("000.00.20.H45", 2026, "APPROVE")).not.toBe(sequenceKey("000.00.20.H45", 2027, "APPROVE"));
  });

  it("writes KT. / TL. / TUQ. above the principal's title", () => {
    expect(signatureHeading("KY_THAY", "Giám đốc Sở Công Thương")).toBe("KT. GIÁM ĐỐC SỞ CÔNG THƯƠNG");
    expect(signatureHeading("THUA_LENH", "Giám đốc")).toBe("TL. GIÁM ĐỐC");
    expect(signatureHeading("UY_QUYEN", "Giám đốc")).toBe("TUQ. GIÁM ĐỐC");
  });
});

describe("delegation window", () => {
  const d = { validFrom: new Date("2026-01-01T00:00:00Z"), validTo: new Date("2026-06-30T23:59:59Z"), revokedAt: null };
  it("is in force between its start and end only, and never once revoked", () => {
    expect(isDelegationActive(d, new Date("2026-03-01"))).toBe(true);
    expect(isDelegationActive(d, new Date("2025-12-31T23:59:59Z"))).toBe(false);
    expect(isDelegationActive(d, new Date("2026-07-01T00:00:00Z"))).toBe(false);
    expect(isDelegationActive({ ...d, revokedAt: new Date("2026-02-01") }, new Date("2026-03-01"))).toBe(false);
  });
});

describe("plan running total against the envelope", () => {
  const line = (status: string, trieu: number) => ({
    status,
    requestedSupport: BigInt(trieu) * TRIEU,
    approvedSupport: null,
  });
  it("adds recommended đề án waiting in the plan to what is already committed", () => {
    const t = planTotals([line("RECOMMENDED", 300), line("APPROVED", 250), line("RECOMMENDED", 200)], {
      amount: 1_000n * TRIEU,
      committed: 250n * TRIEU,
    });
    expect(t.pending).toBe(500n * TRIEU);
    expect(t.projected).toBe(750n * TRIEU);
    expect(t.remaining).toBe(250n * TRIEU);
    expect(t.fits).toBe(true);
    expect(t.usedBp).toBe(7500);
  });
  it("says by how much a plan would overrun, and never fits without an envelope", () => {
    const t = planTotals([line("RECOMMENDED", 900)], { amount: 1_000n * TRIEU, committed: 250n * TRIEU });
    expect(t.fits).toBe(false);
    expect(t.overBy).toBe(150n * TRIEU);
    expect(planTotals([line("RECOMMENDED", 1)], null).fits).toBe(false);
  });
});

describe("overdue rules", () => {
  const now = new Date("2026-11-23T00:00:00Z");
  it("flags intake after 5 days, appraisal after 30, and a missed supplement deadline", () => {
    expect(
      overdueVerdict(
        { status: "SUBMITTED", submittedAt: new Date("2026-11-10"), lastAnsweredAt: null, openDeadline: null },
        now,
      ).label,
    ).toBe("Quá hạn tiếp nhận");
    expect(
      overdueVerdict(
        { status: "SUBMITTED", submittedAt: new Date("2026-11-20"), lastAnsweredAt: null, openDeadline: null },
        now,
      ).overdue,
    ).toBe(false);
    expect(
      overdueVerdict(
        {
          status: "RESUBMITTED",
          submittedAt: new Date("2026-09-01"),
          lastAnsweredAt: new Date("2026-11-21"),
          openDeadline: null,
        },
        now,
      ).overdue,
    ).toBe(false);
    expect(
      overdueVerdict(
        { status: "UNDER_APPRAISAL", submittedAt: new Date("2026-10-01"), lastAnsweredAt: null, openDeadline: null },
        now,
      ).label,
    ).toBe("Quá hạn thẩm định");
    expect(
      overdueVerdict(
        { status: "RETURNED", submittedAt: null, lastAnsweredAt: null, openDeadline: new Date("2026-11-22") },
        now,
      ).overdue,
    ).toBe(false);
    expect(
      overdueVerdict(
        { status: "RETURNED", submittedAt: null, lastAnsweredAt: null, openDeadline: new Date("2026-11-20") },
        now,
      ).label,
    ).toBe("Quá hạn nộp bổ sung");
    expect(
      overdueVerdict(
        { status: "APPROVED", submittedAt: new Date("2020-01-01"), lastAnsweredAt: null, openDeadline: null },
        now,
      ).overdue,
    ).toBe(false);
  });
});

describe("queue filters in the URL", () => {
  it("parse tolerantly and round-trip", () => {
    const f = parseQueueFilters({ status: "SUBMITTED", year: "2026", minScore: "abc", overdue: "1", q: "may moc" });
    expect(f).toMatchObject({ status: "SUBMITTED", year: 2026, overdue: true, q: "may moc", page: 1 });
    expect(f.minScore).toBeUndefined();
    expect(filtersToQuery(f)).toBe("?status=SUBMITTED&year=2026&overdue=1&q=may+moc");
    expect(parseQueueFilters({ status: "NOPE" }).status).toBeUndefined();
  });
});
