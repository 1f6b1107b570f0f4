// Reporting completeness on the seeded implementation (issue 19): the đề án of Mộc Tiến Thành (contract 10/08/2026,
// reports for 08 and 09 filed) owes three reports by 20/11/2026 — 08, 09 and 10 (due 26/10, 25/10 being a Sunday)
// — and has two; the October one is listed as missing. Units and communes add up to the total; another province's
// officer does not see this contract.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { getReportCompleteness } from "@/lib/implementation/report-completeness";
import { seedImplementation } from "@/prisma/seed/implementation";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

const NOW = new Date("2026-11-20T03:00:00Z");
let t: PgliteTestDb;
let db: PrismaClient;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedImplementation(db);
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("progress-report completeness", () => {
  it("counts the seeded contract's reports and lists the missing one", async () => {
    const staff = await actorFor(db, "chuyenvien@demo.vn");
    const demo = await db.proposal.findFirstOrThrow({
      where: { title: "Hỗ trợ máy dán cạnh tự động cho xưởng mộc" },
      select: { id: true, progressReports: { select: { period: true, submittedAt: true } } },
    });
    const r = await getReportCompleteness(staff, { year: null }, NOW);
    expect(r.contracts).toBeGreaterThanOrEqual(1);
    const mine = r.late.filter((l) => l.proposalId === demo.id);
    expect(mine.map((l) => [l.period, l.due.toISOString().slice(0, 10), l.filedOn])).toContainEqual([
      "2026-10",
      "2026-10-26",
      null,
    ]);
    // The two filed reports count as received; on time when filed by their deadline.
    expect(demo.progressReports.map((p) => p.period).sort()).toEqual(["2026-08", "2026-09"]);
    for (const rows of [r.byUnit, r.byCommune])
      for (const k of ["expected", "received", "onTime"] as const)
        expect(rows.reduce((s, x) => s + x[k], 0)).toBe(r.total[k]);
    expect(r.total.expected).toBeGreaterThanOrEqual(3);
    expect(r.total.received).toBeGreaterThanOrEqual(2);
  });

  it("another province's officer does not see it", async () => {
    const other = await actorFor(db, "chuyenvien.bacninh@demo.vn");
    const demo = await db.proposal.findFirstOrThrow({ where: { title: "Hỗ trợ máy dán cạnh tự động cho xưởng mộc" } });
    const r = await getReportCompleteness(other, { year: null }, NOW);
    expect(r.late.some((l) => l.proposalId === demo.id)).toBe(false);
  });
});
