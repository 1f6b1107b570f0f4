// `npm run fuzz [-- --runs 10000] [--only decisions.approveProposal,…] [--seed 1]`
// The full-size fuzzing of every mutation (tests/integration/fuzz.test.ts runs a CI-sized sample of the
// same properties): ≥ 10,000 arbitrary inputs per action on an in-memory PGlite with the demo foundation.
import fc from "fast-check";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { property, targets, type FuzzCtx } from "@/tests/integration/fuzz/targets";

const EMAILS: Record<Role, string> = {
  ENTERPRISE: "doanhnghiep@demo.vn",
  STAFF: "chuyenvien@demo.vn",
  APPRAISER: "thamdinh1@demo.vn",
  LEADER: "lanhdao@demo.vn",
  ADMIN: "quantri@demo.vn",
  MINISTRY_VIEWER: "bo@demo.vn",
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (k: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : undefined);
  const runs = Number(opt("--runs") ?? 10_000);
  const only = opt("--only")?.split(",");
  const seed = Number(opt("--seed") ?? Date.now() % 1_000_000);
  const t = await createPgliteTestDb();
  setDbForTesting(t.prisma);
  await seedFixtures(t.prisma);
  const actors = Object.fromEntries(
    await Promise.all(Object.entries(EMAILS).map(async ([r, e]) => [r, await actorFor(t.prisma, e)])),
  ) as Record<Role, Actor>;
  const ctx: FuzzCtx = {
    db: t.prisma,
    actors,
    ids: (await t.prisma.proposal.findMany({ select: { id: true } })).map((p) => p.id),
  };
  let failed = 0;
  console.log(`fuzz: ${runs} cases per action, seed ${seed}`);
  for (const target of targets(() => ctx).filter((x) => !only || only.includes(x.name))) {
    const started = performance.now();
    const out = await fc.check(
      property(() => ctx, target),
      { numRuns: runs, seed },
    );
    const s = ((performance.now() - started) / 1000).toFixed(0);
    if (out.failed) {
      failed++;
      console.log(
        `FAIL ${target.name} after ${out.numRuns} runs (${s} s): ${String(out.errorInstance)}\n  counterexample: ${JSON.stringify(out.counterexample)?.slice(0, 500)}`,
      );
    } else console.log(`ok   ${target.name}: ${out.numRuns} cases, ${s} s`);
  }
  setDbForTesting(undefined);
  await t.close();
  console.log(
    `${targets(() => ctx).filter((x) => !only || only.includes(x.name)).length - failed} passed, ${failed} failed`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
