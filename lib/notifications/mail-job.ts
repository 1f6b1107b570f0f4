import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueue, jobInsertSql } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";

// E-mail is at-least-once (issue 17: nothing lost for a change that committed). The change's own
// transaction writes the outbox rows AND an "email" job that starts MAIL_SAFETY_DELAY_MS later; right
// after commit the caller sends at once (the fast path, deliverQuietly). The job then finds the rows SENT
// and does nothing — or, if the process died between commit and send, or SMTP failed, sends them with the
// queue's retries and backoff. The SMTP timeouts (lib/notifications/deliver.ts) are well under the delay,
// so the two never send the same row at the same time.
export const MAIL_SAFETY_DELAY_MS = 120_000;

const startAfter = () => new Date(Date.now() + MAIL_SAFETY_DELAY_MS);

/** Enqueues the safety-net job of these outbox rows in the caller's transaction. */
export async function enqueueMailSafetyNet(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await enqueue(tx, QUEUES.email, { ids }, { startAfter: startAfter() });
}

/** The same job as a CTE body of a single-statement write (the decision), inserted only with `from`'s rows. */
export function mailSafetyNetSql(ids: readonly string[], from: Prisma.Sql): Prisma.Sql {
  return jobInsertSql(QUEUES.email, Prisma.sql`${JSON.stringify({ ids })}::jsonb`, { startAfter: startAfter(), from });
}
