// The plan page is bounded (issue 21): a plan of 250 đề án is listed 200 a page, every one once; the totals against
// the envelope count all 250 (not the page); candidates are shown 200 at most with their full count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { CANDIDATES_SHOWN, getPlan, PLAN_PAGE } from "@/lib/plans/queries";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor;
let planId: string;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  staff = await actorFor(db, "chuyenvien@demo.vn");
  const activity = await db.activityCategory.findFirstOrThrow({ select: { id: true } });
  const plan = await db.annualPlan.create({
    data: { agencyId: staff.agencyId!, year: 2031, fund: "KCDP", name: "Kế hoạch thử phân trang 2031" },
  });
  planId = plan.id;
  const row = (i: number, inPlan: boolean) => ({
    title: `Đề án kế hoạch ${inPlan ? "trong" : "chờ"} ${i}`,
    activityCategoryId: activity.id,
    agencyId: staff.agencyId!,
    year: 2031,
    fund: "KCDP" as const,
    status: "RECOMMENDED" as const,
    requestedSupport: 1_000_000n,
    submittedAt: new Date(Date.UTC(2031, 0, 1, 0, i)),
    planId: inPlan ? plan.id : null,
  });
  await db.proposal.createMany({ data: Array.from({ length: 250 }, (_, i) => row(i, true)) });
  await db.proposal.createMany({ data: Array.from({ length: 210 }, (_, i) => row(i, false)) });
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("plan page bounded", () => {
  it("pages of 200, every đề án once; totals and counts over the whole plan; candidates capped", async () => {
    const first = await getPlan(staff, planId);
    const second = await getPlan(staff, planId, new Date(), { page: 2 });
    expect(first.items).toHaveLength(PLAN_PAGE);
    expect(second.items).toHaveLength(50);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(250);
    expect({ count: first.count, pending: first.pendingCount, pages: first.pages }).toEqual({
      count: 250,
      pending: 250,
      pages: 2,
    });
    expect(first.totals.pending).toBe(second.totals.pending);
    expect(first.totals.pending).toContain("250"); // 250 × 1 triệu
    expect(first.candidates).toHaveLength(CANDIDATES_SHOWN);
    expect(first.candidateCount).toBe(210);
  });
});
