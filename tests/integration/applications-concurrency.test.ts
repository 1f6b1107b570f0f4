// Real concurrency needs real connections: PostgreSQL (PGlite has one connection and serialises anyway).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ConflictError, WorkflowError } from "@/lib/errors";
import { submitApplication } from "@/lib/applications/submit";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPostgresTestDb, describeOnPostgres, type PostgresTestDb } from "@/tests/helpers/test-db";
import { attachQuotation, machineryDraft } from "./applications-helpers";

const NOW = new Date("2026-12-01T02:00:00Z");
let t: PostgresTestDb;
let db: PrismaClient;
let owner: Actor;

describeOnPostgres("dossier codes", () => {
  beforeAll(async () => {
    t = await createPostgresTestDb();
    db = t.prisma;
    setDbForTesting(db);
    await seedFixtures(db);
    await seedEnterprise(db);
    owner = await actorFor(db, "doanhnghiep@demo.vn");
  }, 180_000);

  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });

  it("50 parallel submissions get 50 distinct, gap-free codes of the day", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const { id } = await machineryDraft(db, owner, { askTrieu: 100 });
      await attachQuotation(owner, id);
      ids.push(id);
    }
    const results = await Promise.all(ids.map((id) => submitApplication(owner, id, NOW)));
    const codes = results.map((r) => r.code);
    expect(new Set(codes).size).toBe(50);
    const numbers = codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(codes.every((c) => c.startsWith("000.00.20.H45-261201-"))).toBe(true);
    expect(await db.proposal.count({ where: { id: { in: ids }, status: "SUBMITTED" } })).toBe(50);
  }, 120_000);

  it("the same draft submitted twice at once: one wins, the loser leaves no trace and gives its number back", async () => {
    const { id } = await machineryDraft(db, owner, { askTrieu: 100 });
    await attachQuotation(owner, id);
    const settled = await Promise.allSettled([submitApplication(owner, id, NOW), submitApplication(owner, id, NOW)]);
    const won = settled.filter((s) => s.status === "fulfilled");
    const lost = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason instanceof ConflictError || lost[0]!.reason instanceof WorkflowError).toBe(true);
    const p = await db.proposal.findUniqueOrThrow({
      where: { id },
      select: { code: true, _count: { select: { budgetLines: true, events: true } } },
    });
    expect(p._count).toEqual({ budgetLines: 1, events: 1 });
    expect(p.code).toBe("000.00.20.H45-261201-0051");
    const counter = await db.sequenceCounter.findUniqueOrThrow({ where: { key: "dossier:000.00.20.H45:261201" } });
    expect(counter.value).toBe(51);
  }, 60_000);
});
