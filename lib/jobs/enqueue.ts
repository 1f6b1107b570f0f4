import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QueueName } from "@/lib/jobs/queues";

// Jobs are rows of "JobOutbox", inserted by the portal's own statements so that they commit or roll back with the
// change that causes them (a transactional outbox). The workers' relay (lib/jobs/relay.ts) moves them into
// pg-boss's table, where retry limit, delay, backoff and dead-letter queue come from the queue's row in
// pgboss.queue. The queue must exist (the SELECT from pgboss.queue is what checks it): a job for an unknown queue
// is refused at once rather than left behind by the relay.

export type EnqueueOptions = { startAfter?: Date };

/**
 * `INSERT INTO "JobOutbox" … SELECT … FROM pgboss.queue q [, <from>]`: `data` is a jsonb expression and may refer
 * to the tables of `from` (a CTE of the caller's statement, e.g. the decision just written).
 */
export function jobInsertSql(
  queue: QueueName,
  data: Prisma.Sql,
  options: EnqueueOptions & { from?: Prisma.Sql } = {},
): Prisma.Sql {
  const start = options.startAfter ? Prisma.sql`${options.startAfter.toISOString()}::timestamptz` : Prisma.sql`NULL`;
  return Prisma.sql`INSERT INTO "JobOutbox" ("queue", "data", "startAfter")
    SELECT q."name", ${data}, ${start} FROM pgboss.queue q ${options.from ?? Prisma.empty} WHERE q."name" = ${queue}::text`;
}

/** Enqueues one job in the caller's transaction (or, given the client, on its own). */
export async function enqueue(
  db: Tx | Db,
  queue: QueueName,
  data: object,
  options: EnqueueOptions = {},
): Promise<void> {
  const n = await db.$executeRaw(jobInsertSql(queue, Prisma.sql`${JSON.stringify(data)}::jsonb`, options));
  if (n !== 1) throw new Error(`Hàng đợi ${queue} chưa được tạo (thiếu migration job_queue?)`);
}

/** Many jobs of one queue in one statement (fan-out). */
export async function enqueueMany(db: Tx | Db, queue: QueueName, data: readonly object[]): Promise<void> {
  if (data.length === 0) return;
  const rows = Prisma.sql`(SELECT d FROM jsonb_array_elements(${JSON.stringify(data)}::jsonb) d) AS items`;
  await db.$executeRaw(jobInsertSql(queue, Prisma.sql`items.d`, { from: Prisma.sql`, ${rows}` }));
}
