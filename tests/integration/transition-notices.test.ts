// Issue 14.4: one way to change a status — the transition module writes the status, the timeline event, the audit
// row and the applicant's notice (in-app, e-mail job) in the caller's transaction; a lost race writes none of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { transitionProposal } from "@/lib/proposals/transition";
import { seedImplementation } from "@/prisma/seed/implementation";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

let t: PgliteTestDb;
let db: PrismaClient;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedImplementation(db);
  // A mail server is set (never reached here: the e-mail job would send after commit), so e-mails are queued.
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
}, 120_000);

afterAll(async () => {
  delete process.env.SMTP_URL;
  setDbForTesting(undefined);
  await t?.close();
});

const notice = (d: { id: string; code: string | null; title: string }) => ({
  kind: "test.step",
  title: `Bước mới của ${d.code ?? d.title}`,
  body: "Nội dung thử.",
  link: `/doanh-nghiep/ho-so/${d.id}`,
});

/** A đề án of the demo enterprise (it has an account to notify), set to APPROVED with no contract for the test. */
async function approvedWithApplicant() {
  const enterprise = await actorFor(db, "doanhnghiep@demo.vn");
  const p = await db.proposal.findFirstOrThrow({
    where: { establishmentId: enterprise.establishmentId!, contract: null, status: { not: "CONTRACTED" } },
    select: { id: true },
  });
  return db.proposal.update({
    where: { id: p.id },
    data: { status: "APPROVED", pipeline: "LOCAL" },
    select: { id: true, status: true, pipeline: true, version: true, round: true },
  });
}

/** E-mail jobs, wherever they are (the job outbox, or already moved to the queue). */
async function emailJobs(): Promise<number> {
  const rows = await db.$queryRaw<Array<{ n: number }>>`
    SELECT ((SELECT count(*) FROM "JobOutbox" WHERE queue = 'email') + (SELECT count(*) FROM pgboss.job WHERE name = 'email'))::int AS n`;
  return rows[0]!.n;
}

async function written(proposalId: string) {
  const [notifications, events, audits, mails] = await Promise.all([
    db.notification.count({ where: { kind: "test.step", link: `/doanh-nghiep/ho-so/${proposalId}` } }),
    db.proposalEvent.count({ where: { proposalId, action: "signContract" } }),
    db.auditLog.count({ where: { entityId: proposalId, action: "proposal.signContract" } }),
    db.outboxEmail.count({ where: { subject: { contains: "Bước mới" } } }),
  ]);
  return { notifications, events, audits, mails };
}

describe("a transition with its notice", () => {
  it("writes status, event, audit and the applicant's notice with its e-mail job together", async () => {
    const staff = await actorFor(db, "chuyenvien@demo.vn");
    const p = await approvedWithApplicant();
    const jobsBefore = await emailJobs();
    await db.$transaction((tx) => transitionProposal(tx, staff, p.id, "signContract", { notice }));
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("CONTRACTED");
    const w = await written(p.id);
    expect(w.events).toBe(1);
    expect(w.audits).toBe(1);
    expect(w.notifications).toBeGreaterThan(0);
    expect(w.mails).toBeGreaterThan(0);
    expect(await emailJobs()).toBe(jobsBefore + 1);
  });

  it("a lost race (stale version) writes nothing — no status, no event, no notice", async () => {
    const staff = await actorFor(db, "chuyenvien@demo.vn");
    const p = await approvedWithApplicant();
    const before = await written(p.id);
    const jobsBefore = await emailJobs();
    const stale = { ...p, version: p.version - 1 };
    await expect(
      db.$transaction((tx) => transitionProposal(tx, staff, p.id, "signContract", { notice, current: stale })),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("APPROVED");
    expect(await written(p.id)).toEqual(before);
    expect(await emailJobs()).toBe(jobsBefore);
  });

  it("a batch collects the e-mail ids instead of queuing one job per đề án", async () => {
    const staff = await actorFor(db, "chuyenvien@demo.vn");
    const p = await approvedWithApplicant();
    const mailOut: string[] = [];
    const jobsBefore = await emailJobs();
    await db.$transaction((tx) => transitionProposal(tx, staff, p.id, "signContract", { notice, mailOut }));
    expect(await emailJobs()).toBe(jobsBefore);
    expect(mailOut.length).toBeGreaterThan(0);
    expect((await written(p.id)).notifications).toBeGreaterThan(0);
  });
});
