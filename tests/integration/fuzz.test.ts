// A CI-sized sample of the fuzzing (scripts/fuzz.ts runs ≥ 10,000 cases per action).
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { property, targets, type FuzzCtx } from "./fuzz/targets";

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
let t: PgliteTestDb;
let ctx: FuzzCtx;
const EMAILS: Record<Role, string> = {
  ENTERPRISE: "doanhnghiep@demo.vn",
  STAFF: "chuyenvien@demo.vn",
  APPRAISER: "thamdinh1@demo.vn",
  LEADER: "lanhdao@demo.vn",
  ADMIN: "quantri@demo.vn",
  MINISTRY_VIEWER: "bo@demo.vn",
};

describe("Fuzzing every mutation's input", () => {
  beforeAll(async () => {
    t = await createPgliteTestDb();
    setDbForTesting(t.prisma);
    await seedFixtures(t.prisma);
    const actors = Object.fromEntries(
      await Promise.all(Object.entries(EMAILS).map(async ([r, e]) => [r, await actorFor(t.prisma, e)])),
    ) as Record<Role, Actor>;
    const ids = (await t.prisma.proposal.findMany({ select: { id: true } })).map((p) => p.id);
    ctx = { db: t.prisma, actors, ids };
  });
  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });
  for (const target of targets(() => ctx)) {
    it(target.name, async () => {
      await fc.assert(
        property(() => ctx, target),
        { numRuns: RUNS, seed: 7, endOnFailure: true },
      );
    });
  }
});
