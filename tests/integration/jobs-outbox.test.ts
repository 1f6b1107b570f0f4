// The job outbox (issue 17): a job is a row of "JobOutbox" written in the caller's transaction (none for a
// rollback), and the relay moves it into pg-boss in one statement — whole, once, even with two relays at the same
// time or a relay run again. PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueue, enqueueMany } from "@/lib/jobs/enqueue";
import { relayOutbox } from "@/lib/jobs/relay";
import { queueDepth } from "@/lib/jobs/depth";
import { QUEUES, type QueueName } from "@/lib/jobs/queues";
import { setDbForTesting } from "@/lib/db";
import {
  createPgliteTestDb,
  createPostgresTestDb,
  describeOnPostgres,
  type PgliteTestDb,
  type PostgresTestDb,
} from "@/tests/helpers/test-db";

function suite(open: () => Promise<{ prisma: PrismaClient; close: () => Promise<void> }>) {
  let db: PrismaClient;
  let close: () => Promise<void>;
  const jobs = async (marker: string) =>
    db.$queryRaw<Array<{ name: string; data: { marker: string; n: number }; start_after: Date; retry_limit: number }>>`
      SELECT "name", "data", "start_after", "retry_limit" FROM pgboss.job WHERE "data"->>'marker' = ${marker} ORDER BY ("data"->>'n')::int`;
  const waiting = async (marker: string) =>
    Number(
      (
        await db.$queryRaw<
          Array<{ n: number }>
        >`SELECT count(*)::int AS n FROM "JobOutbox" WHERE "data"->>'marker' = ${marker}`
      )[0]?.n,
    );

  beforeAll(async () => {
    ({ prisma: db, close } = await open());
    setDbForTesting(db);
  }, 120_000);
  afterAll(async () => {
    setDbForTesting(undefined);
    await close?.();
  });

  it("a committed job is relayed once with the queue's options; a rolled-back one never exists", async () => {
    const later = new Date(Date.now() + 3_600_000);
    await db.$transaction(async (tx) => {
      await enqueue(tx, QUEUES.delivery, { marker: "a", n: 1 });
      await enqueue(tx, QUEUES.email, { marker: "a", n: 2 }, { startAfter: later });
    });
    await expect(
      db.$transaction(async (tx) => {
        await enqueue(tx, QUEUES.delivery, { marker: "a", n: 3 });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await waiting("a")).toBe(2);
    expect((await queueDepth())[QUEUES.delivery]).toBeGreaterThanOrEqual(1);
    expect(await relayOutbox(db)).toBeGreaterThanOrEqual(2);
    expect(await waiting("a")).toBe(0);
    const moved = await jobs("a");
    expect(moved.map((j) => [j.name, j.data.n])).toEqual([
      ["delivery", 1],
      ["email", 2],
    ]);
    expect(Math.abs(moved[1]!.start_after.getTime() - later.getTime())).toBeLessThan(1000);
    const q = await db.$queryRaw<
      Array<{ retry_limit: number }>
    >`SELECT retry_limit FROM pgboss.queue WHERE name = 'delivery'`;
    expect(moved[0]!.retry_limit).toBe(q[0]!.retry_limit);
    // Run again: nothing left to move, nothing doubled.
    expect(await relayOutbox(db)).toBe(0);
    expect(await jobs("a")).toHaveLength(2);
  });

  it("two relays at once move each of 2,500 jobs exactly once", async () => {
    const items = Array.from({ length: 2500 }, (_x, n) => ({ marker: "b", n }));
    await db.$transaction(async (tx) => enqueueMany(tx, QUEUES.notice, items));
    expect(await waiting("b")).toBe(2500);
    const drain = async () => {
      let total = 0;
      for (let moved = -1; moved !== 0;) total += moved = await relayOutbox(db, 400);
      return total;
    };
    const [x, y] = await Promise.all([drain(), drain()]);
    expect(x + y).toBe(2500);
    const moved = await jobs("b");
    expect(moved).toHaveLength(2500);
    expect(new Set(moved.map((j) => j.data.n)).size).toBe(2500);
  });

  it("a job for a queue that does not exist is refused when it is written, not lost later", async () => {
    await expect(enqueue(db, "no-such-queue" as QueueName, { marker: "c" })).rejects.toThrow(/chưa được tạo/);
    expect(await waiting("c")).toBe(0);
  });
}

describe("job outbox on PGlite", () => {
  suite(async () => {
    const t: PgliteTestDb = await createPgliteTestDb();
    return { prisma: t.prisma, close: t.close };
  });
});

describeOnPostgres("job outbox on PostgreSQL", () => {
  suite(async () => {
    const t: PostgresTestDb = await createPostgresTestDb();
    return { prisma: t.prisma, close: t.close };
  });
});
