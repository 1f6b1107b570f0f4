import "server-only";
import { getDb } from "@/lib/db";
import { QUEUES, type QueueName } from "@/lib/jobs/queues";
import { outboxDepth } from "@/lib/jobs/relay";

/**
 * Jobs waiting per queue (still in the outbox, created or waiting for a retry), for metrics and the admin page. Dead-letter
 * jobs count in their own queue, so a growing "dead-letter" depth is what should page someone.
 */
export async function queueDepth(): Promise<Record<QueueName, number>> {
  const db = await getDb();
  const rows = await db.$queryRaw<Array<{ name: string; n: number }>>`
    SELECT "name", count(*)::int AS n FROM pgboss.job WHERE "state" IN ('created', 'retry') GROUP BY "name"`;
  const out = Object.fromEntries(Object.values(QUEUES).map((q) => [q, 0])) as Record<QueueName, number>;
  for (const r of rows) if (r.name in out) out[r.name as QueueName] = Number(r.n);
  for (const [q, n] of await outboxDepth(db)) if (q in out) out[q as QueueName] += n;
  return out;
}
