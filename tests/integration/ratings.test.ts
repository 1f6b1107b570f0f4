// Satisfaction ratings (issue 20): once per dossier, only after a result, only by its applicant; averages by agency,
// activity and month equal hand-computed values; comments only for leaders, never with the rater; a handling officer
// sees no cell of fewer than 3 ratings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { rateService, ratingAggregates, ratingComments, ratingState } from "@/lib/ratings/ratings";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

let t: PgliteTestDb;
let db: PrismaClient;
let owner: Actor, other: Actor, staff: Actor, leader: Actor;
let ids: string[];

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedEnterprise(db);
  owner = await actorFor(db, "doanhnghiep@demo.vn");
  staff = await actorFor(db, "chuyenvien@demo.vn");
  leader = await actorFor(db, "lanhdao@demo.vn");
  other = { ...owner, id: "someone-else", establishmentId: "another-establishment" };
  // Three dossiers of the owner, same agency and activity, decided.
  const base = await db.proposal.findFirstOrThrow({ where: { establishmentId: owner.establishmentId! } });
  ids = [];
  for (let i = 0; i < 3; i++) {
    const p = await db.proposal.create({
      data: {
        title: `Đề án thử ${i}`,
        activityCategoryId: base.activityCategoryId,
        establishmentId: owner.establishmentId,
        agencyId: staff.agencyId!,
        year: 2026,
        status: i === 2 ? "REJECTED" : "APPROVED",
        code: `TEST-RATING-${i}`,
      },
    });
    ids.push(p.id);
  }
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("satisfaction ratings", () => {
  it("once per dossier, after a result, by its applicant only; validated", async () => {
    const draft = await db.proposal.create({
      data: {
        title: "Chưa có kết quả",
        activityCategoryId: (await db.proposal.findUniqueOrThrow({ where: { id: ids[0]! } })).activityCategoryId,
        establishmentId: owner.establishmentId,
        agencyId: staff.agencyId!,
        year: 2026,
        status: "SUBMITTED",
      },
    });
    expect(await ratingState(owner, draft.id)).toBe("not-yet");
    expect(await caught(rateService(owner, draft.id, { overall: 5, timeliness: 5, staff: 5, ease: 5 }))).toBeInstanceOf(
      WorkflowError,
    );
    expect(await caught(rateService(other, ids[0]!, { overall: 5, timeliness: 5, staff: 5, ease: 5 }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await caught(rateService(staff, ids[0]!, { overall: 5, timeliness: 5, staff: 5, ease: 5 }))).toBeInstanceOf(
      ForbiddenError,
    );
    const bad = (await caught(
      rateService(owner, ids[0]!, { overall: 6, timeliness: "", staff: 3, ease: 3 }),
    )) as ValidationError;
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["overall", "timeliness"]);
    expect(await ratingState(owner, ids[0]!)).toBe("eligible");
    await rateService(owner, ids[0]!, {
      overall: 5,
      timeliness: 4,
      staff: 5,
      ease: 3,
      comment: "Cán bộ hướng dẫn tận tình.",
    });
    expect(await ratingState(owner, ids[0]!)).toBe("rated");
    expect(await caught(rateService(owner, ids[0]!, { overall: 1, timeliness: 1, staff: 1, ease: 1 }))).toBeInstanceOf(
      WorkflowError,
    );
  });

  it("averages equal hand-computed values; comments for leaders only, without the rater", async () => {
    await rateService(owner, ids[1]!, { overall: 4, timeliness: 2, staff: 4, ease: 4 });
    const before = await ratingAggregates(staff);
    expect(before).toEqual([]); // 2 ratings in the cell: hidden from the handling officer
    await rateService(owner, ids[2]!, { overall: 2, timeliness: 3, staff: 4, ease: 5 });
    const [row] = (await ratingAggregates(leader)).filter((r) => r.count === 3);
    // overall (5+4+2)/3 = 3.7; timeliness (4+2+3)/3 = 3.0; staff (5+4+4)/3 = 4.3; ease (3+4+5)/3 = 4.0
    expect(row).toMatchObject({ count: 3, overall: 3.7, timeliness: 3, staff: 4.3, ease: 4 });
    expect((await ratingAggregates(staff)).map((r) => r.count)).toEqual([3]);
    expect(await caught(ratingComments(staff))).toBeInstanceOf(ForbiddenError);
    const comments = await ratingComments(leader);
    expect(comments.map((c) => c.comment)).toEqual(["Cán bộ hướng dẫn tận tình."]);
    expect(JSON.stringify(comments)).not.toContain(owner.id);
    expect(Object.keys(comments[0]!).sort()).toEqual(["agency", "comment", "month"]);
  });
});
