import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QueueName } from "@/lib/jobs/queues";

// Jobs are rows of pg-boss's table, inserted by the portal's own statements so that they commit or roll
// back with the change that causes them (a transactional outbox that is the queue itself). The columns
// and defaults are those of pg-boss 10's insertJob (node_modules/pg-boss/src/plans.js): retry limit,
// delay, backoff and dead-letter queue come from the queue's row in pgboss.queue.

export type EnqueueOptions = { startAfter?: Date; singletonKey?: string };

/**
 * `INSERT INTO pgboss.job … SELECT … FROM pgboss.queue q [, <from>]`: `data` is a jsonb expression and
 * may refer to the tables of `from` (a CTE of the caller's statement, e.g. the decision just written).
 */
export function jobInsertSql(
  queue: QueueName,
  data: Prisma.Sql,
  options: EnqueueOptions & { from?: Prisma.Sql } = {},
): Prisma.Sql {
  const start = options.startAfter ? Prisma.sql`${options.startAfter.toISOString()}::timestamptz` : Prisma.sql`now()`;
  return Prisma.sql`INSERT INTO pgboss.job ("name", "data", "start_after", "singleton_key", "dead_letter", "expire_in", "keep_until",
      "retry_limit", "retry_delay", "retry_backoff", "policy")
    SELECT q."name", ${data}, ${start}, ${options.singletonKey ?? null}::text, q."dead_letter",
      COALESCE(q."expire_seconds", 900) * interval '1s', ${start} + COALESCE(q."retention_minutes" * 60, 1209600) * interval '1s',
      COALESCE(q."retry_limit", 2),
      CASE WHEN COALESCE(q."retry_backoff", false) THEN GREATEST(COALESCE(q."retry_delay", 0), 1) ELSE COALESCE(q."retry_delay", 0) END,
      COALESCE(q."retry_backoff", false), q."policy"
    FROM pgboss.queue q ${options.from ?? Prisma.empty} WHERE q."name" = ${queue}::text`;
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
