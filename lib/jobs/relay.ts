import "server-only";
import type { Db } from "@/lib/db";

// The relay from "JobOutbox" into pg-boss (issue 17). ONE statement: the DELETE … RETURNING of a batch feeds the
// INSERT into pgboss.job, so the batch moves whole or not at all — a crash before commit leaves the rows in the
// outbox for the next run, and a row once moved is no longer there to be moved again. Rows are taken with SKIP
// LOCKED: several worker processes may relay side by side. The columns and defaults are those of pg-boss 10's
// insertJob (node_modules/pg-boss/src/plans.js): retry limit, delay, backoff and dead-letter queue come from the
// queue's row.

export const RELAY_BATCH = 1000;

/** Moves up to `limit` jobs (oldest first) into pg-boss; returns how many moved. */
export async function relayOutbox(db: Db, limit = RELAY_BATCH): Promise<number> {
  return db.$executeRaw`
    WITH moved AS (
      DELETE FROM "JobOutbox" o
       WHERE o."id" IN (SELECT j."id" FROM "JobOutbox" j WHERE EXISTS (SELECT 1 FROM pgboss.queue q WHERE q."name" = j."queue")
                        ORDER BY j."id" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING o."queue", o."data", COALESCE(o."startAfter", now()) AS start_after, o."id"
    )
    INSERT INTO pgboss.job ("name", "data", "start_after", "dead_letter", "expire_in", "keep_until",
      "retry_limit", "retry_delay", "retry_backoff", "policy")
    SELECT q."name", m."data", m.start_after, q."dead_letter",
      COALESCE(q."expire_seconds", 900) * interval '1s', m.start_after + COALESCE(q."retention_minutes" * 60, 1209600) * interval '1s',
      COALESCE(q."retry_limit", 2),
      CASE WHEN COALESCE(q."retry_backoff", false) THEN GREATEST(COALESCE(q."retry_delay", 0), 1) ELSE COALESCE(q."retry_delay", 0) END,
      COALESCE(q."retry_backoff", false), q."policy"
    FROM moved m JOIN pgboss.queue q ON q."name" = m."queue"
    ORDER BY m."id"`;
}

/** Jobs still waiting in the outbox, per queue (the admin page and the depth metric add them to pg-boss's). */
export async function outboxDepth(db: Db): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<Array<{ queue: string; n: number }>>`
    SELECT "queue", count(*)::int AS n FROM "JobOutbox" GROUP BY "queue"`;
  return new Map(rows.map((r) => [r.queue, Number(r.n)]));
}
