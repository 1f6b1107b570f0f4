// Every role × every registered query/mutation × own organisation (Phú Thọ) / other organisation
// (Bắc Ninh), expectations derived from lib/auth/permissions.ts (see tests/integration/authz/harness.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbForTesting } from "@/lib/db";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { ROLES, expectedOutcome, type AuthzCase, type Ctx, type Outcome } from "./authz/harness";
import { buildCtx } from "./authz/setup";
import { proposalCases } from "./authz/proposals.cases";
import { adminCases } from "./authz/admin.cases";
import { programmeCases } from "./authz/programme.cases";

const CASES: AuthzCase[] = [...proposalCases, ...adminCases, ...programmeCases];

let t: PgliteTestDb;
let ctx: Ctx;

async function observe(
  c: AuthzCase,
  fn: () => Promise<unknown>,
): Promise<{ outcome: Outcome | "error"; detail: string; value?: unknown }> {
  try {
    const value = await fn();
    return { outcome: "ok", detail: "resolved", value };
  } catch (e) {
    if (e instanceof NotFoundError) return { outcome: "hidden", detail: "NotFoundError" };
    if (e instanceof ForbiddenError) return { outcome: "denied", detail: "ForbiddenError" };
    if (e instanceof AppError) return { outcome: "ok", detail: `${e.name}: ${e.message}` };
    return { outcome: "error", detail: `${c.name}: ${e instanceof Error ? e.stack : String(e)}` };
  }
}

describe("Authorization matrix (permission table × roles × organisations)", () => {
  beforeAll(async () => {
    t = await createPgliteTestDb();
    setDbForTesting(t.prisma);
    await seedFixtures(t.prisma);
    ctx = await buildCtx(t.prisma);
  });
  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });

  for (const c of CASES) {
    it(`${c.kind} ${c.name}`, async () => {
      const rows: string[] = [];
      for (const role of ROLES) {
        for (const target of c.scoped ? (["own", "other"] as const) : (["own"] as const)) {
          const want = expectedOutcome(c, role, target);
          const got = await observe(c, () => c.run(ctx, ctx.actors[role], target));
          const fine = want === "denied" ? got.outcome === "denied" || got.outcome === "hidden" : got.outcome === want;
          if (!fine) rows.push(`${role} × ${target}: expected ${want}, got ${got.outcome} (${got.detail})`);
          if (got.outcome === "ok" && c.leaks && got.value !== undefined && c.leaks(ctx, got.value))
            rows.push(`${role}: LEAK of the other organisation's record`);
        }
      }
      expect(rows).toEqual([]);
    });
  }
});
