// Sync to the national public-service portal (issue 20), against a local HTTP endpoint (scripts/national-portal-stub.ts):
// a status change is pushed once in the documented format, even across a restart of the workers; errors are retried
// and a refusal is recorded; illustrative đề án are never sent; the reconciliation report finds what the other side
// lacks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { resetEnvForTesting } from "@/lib/env";
import { pgliteExecutor, type BossTarget } from "@/lib/jobs/boss";
import { startWorkers, type Workers } from "@/lib/workers/start";
import { approveProposal } from "@/lib/decisions/mutations";
import { reconcileNationalSync } from "@/lib/national-sync/reconcile";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { startNationalPortalStub, type NationalPortalStub } from "@/scripts/national-portal-stub";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { makeProposal } from "./appraisal-helpers";

let t: PgliteTestDb;
let db: PrismaClient;
let stub: NationalPortalStub;
let target: BossTarget;
let workers: Workers | null = null;
const NOW = new Date("2026-11-23T03:00:00Z");

const start = async () =>
  (workers = (await startWorkers({
    target,
    schedule: false,
    pollingIntervalSeconds: 0.5,
    retry: { retryLimit: 3, retryDelay: 1 },
    policy: { quiet: null, dailyCap: 50 },
  })) as Workers);

async function until<T>(what: string, fn: () => Promise<T | false | null | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  stub = await startNationalPortalStub(0);
  process.env.NATIONAL_PORTAL_URL = stub.url;
  process.env.NATIONAL_PORTAL_TOKEN = "dvc-test-token";
  resetEnvForTesting();
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  target = { executor: pgliteExecutor(t.pglite) };
  await seedFixtures(db);
  await seedAppraisal(db);
  // What seeding queued is not this test's: mark it sent so that only new changes travel.
  await db.nationalSync.updateMany({ data: { status: "SENT", sentAt: new Date() } });
  await db.jobOutbox.deleteMany({ where: { queue: "national-sync" } });
}, 180_000);

afterAll(async () => {
  await workers?.stop();
  setDbForTesting(undefined);
  await stub?.close();
  await t?.close();
  delete process.env.NATIONAL_PORTAL_URL;
  delete process.env.NATIONAL_PORTAL_TOKEN;
  resetEnvForTesting();
});

describe("national portal sync", () => {
  it("pushes an approval once in the documented format, even across a restart of the workers", async () => {
    const leader = await actorFor(db, "lanhdao@demo.vn");
    const id = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 10, ownEstablishment: true });
    await db.proposal.update({ where: { id }, data: { fictional: false } });
    const d = await approveProposal(leader, { proposalId: id, reason: "Đủ điều kiện hỗ trợ." }, NOW);
    const ev = await db.proposalEvent.findFirstOrThrow({ where: { proposalId: id, toStatus: "APPROVED" } });
    expect(await db.nationalSync.findUniqueOrThrow({ where: { eventId: ev.id } })).toMatchObject({ status: "PENDING" });

    await start();
    const msg = await until("the message at the endpoint", async () => stub.messages.find((m) => m.key === ev.id));
    const p = await db.proposal.findUniqueOrThrow({ where: { id }, include: { agency: true } });
    expect(msg.auth).toBe("Bearer dvc-test-token");
    expect(msg.body).toMatchObject({
      maDongBo: ev.id,
      maHoSo: p.code,
      coQuan: { ma: p.agency.code },
      trangThai: "APPROVED",
      tenTrangThai: expect.any(String),
      ketQua: { loai: "APPROVE", soVanBan: d.number },
    });
    await until(
      "SENT recorded",
      async () => (await db.nationalSync.findUnique({ where: { eventId: ev.id } }))?.status === "SENT",
    );

    // Restart: the workers stop and start again; nothing is sent twice.
    await workers!.stop();
    await start();
    await new Promise((r) => setTimeout(r, 2500));
    expect(stub.posts.filter((m) => m.key === ev.id)).toHaveLength(1);
  }, 90_000);

  it("retries a failing endpoint with backoff, records a refusal, never sends an illustrative đề án", async () => {
    const leader = await actorFor(db, "lanhdao@demo.vn");
    stub.failNext([503, 503]);
    const a = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 10, ownEstablishment: true });
    await db.proposal.update({ where: { id: a }, data: { fictional: false } });
    await approveProposal(leader, { proposalId: a, reason: "Đủ điều kiện hỗ trợ." }, NOW);
    const evA = await db.proposalEvent.findFirstOrThrow({ where: { proposalId: a, toStatus: "APPROVED" } });
    const row = await until("sent after two failures", async () => {
      const r = await db.nationalSync.findUnique({ where: { eventId: evA.id } });
      return r?.status === "SENT" && r;
    });
    expect(row.attempts).toBe(3);
    expect(stub.messages.filter((m) => m.key === evA.id)).toHaveLength(1);

    stub.failNext([422]);
    const b = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 10, ownEstablishment: true });
    await db.proposal.update({ where: { id: b }, data: { fictional: false } });
    await approveProposal(leader, { proposalId: b, reason: "Đủ điều kiện hỗ trợ." }, NOW);
    const evB = await db.proposalEvent.findFirstOrThrow({ where: { proposalId: b, toStatus: "APPROVED" } });
    const refused = await until("refusal recorded", async () => {
      const r = await db.nationalSync.findUnique({ where: { eventId: evB.id } });
      return r?.status === "FAILED" && r;
    });
    expect(refused.lastError).toMatch(/^HTTP 422/);

    const c = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 10, ownEstablishment: true });
    await db.proposal.update({ where: { id: c }, data: { fictional: true } });
    await approveProposal(leader, { proposalId: c, reason: "Đủ điều kiện hỗ trợ." }, NOW);
    const evC = await db.proposalEvent.findFirstOrThrow({ where: { proposalId: c, toStatus: "APPROVED" } });
    expect(await db.nationalSync.findUnique({ where: { eventId: evC.id } })).toBeNull();
  }, 90_000);

  it("the reconciliation report finds what the other side lacks", async () => {
    const admin = await actorFor(db, "quantri@demo.vn");
    const sentRows = await db.nationalSync.findMany({ where: { status: "SENT", attempts: { gt: 0 } } });
    expect(sentRows.length).toBeGreaterThanOrEqual(2);
    // One row claims SENT for a key the other side never got.
    await db.nationalSync.create({
      data: {
        id: "ns_ghost",
        eventId: "ghost-event",
        proposalId: sentRows[0]!.proposalId,
        status: "SENT",
        sentAt: new Date(),
        attempts: 1,
      },
    });
    const r = await reconcileNationalSync(admin, { limit: 1000 });
    expect(r.configured).toBe(true);
    expect(r.missing.map((m) => m.eventId)).toContain("ghost-event");
    for (const s of sentRows) expect(r.missing.map((m) => m.eventId)).not.toContain(s.eventId);
    expect(r.failures.some((f) => f.status === "FAILED" && f.lastError?.startsWith("HTTP 422"))).toBe(true);
  });
});
