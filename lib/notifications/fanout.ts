import "server-only";
import { randomUUID } from "node:crypto";
import { getDb, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueue, enqueueMany, jobInsertSql } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { smsText, znsParams } from "@/lib/notifications/channel-text";
import type { Notice } from "@/lib/notifications/templates";

// A notice event reaches SMS and Zalo in two steps, both through the queue: the event job, enqueued in
// the transaction of the change (nothing for a change that rolled back, nothing lost for one that
// committed), then one delivery per person and chosen channel, keyed event:user:channel so that a retried
// or re-run event never sends twice.

export type NoticeJob = { event: string; users: string[]; notice: Notice };

/** In the caller's transaction: SMS/Zalo for these users (whoever chose them, decided when the job runs). */
export async function enqueueNotice(
  tx: Tx,
  users: readonly string[],
  notice: Notice,
  event = `${notice.kind}:${randomUUID()}`,
): Promise<void> {
  if (users.length === 0) return;
  await enqueue(tx, QUEUES.notice, { event, users: [...new Set(users)], notice } satisfies NoticeJob);
}

/**
 * The same job as a statement for a caller that writes everything in ONE statement (lib/decisions/issue.ts):
 * `title`/`body` may be SQL expressions over `from` (the decision number is known only there).
 */
export function noticeJobInsertSql(
  event: string,
  users: readonly string[],
  notice: { kind: string; title: Prisma.Sql; body: Prisma.Sql; link: string | null; ref?: string; detail?: string },
  from: Prisma.Sql,
): Prisma.Sql {
  // The benchmark's "without" side: an unreferenced plain CTE, which PostgreSQL never evaluates.
  if (!benchmarkJobs.enabled) return Prisma.sql`SELECT 1`;
  const data = Prisma.sql`jsonb_build_object('event', ${event}::text, 'users', ${JSON.stringify([...new Set(users)])}::jsonb,
    'notice', jsonb_build_object('kind', ${notice.kind}::text, 'title', ${notice.title}, 'body', ${notice.body},
      'link', ${notice.link}::text, 'ref', ${notice.ref ?? null}::text, 'detail', ${notice.detail ?? null}::text))`;
  return jobInsertSql(QUEUES.notice, data, { from });
}

const benchmarkJobs = { enabled: true };

/** Only for `npm run bench -- --only queue`: decisions with and without their queue job, same code otherwise. */
export function setDecisionJobsForBenchmark(enabled: boolean): void {
  benchmarkJobs.enabled = enabled;
}

/** The event job: one delivery per user and chosen channel, each with its own job. Returns how many were new. */
export async function fanOutNotice(job: NoticeJob, appUrl: string): Promise<number> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const users = await tx.user.findMany({
      where: { id: { in: job.users }, active: true },
      select: { id: true, phone: true, locale: true },
    });
    const prefs = await tx.notificationPreference.findMany({
      where: { userId: { in: users.map((u) => u.id) }, consentAt: { not: null } },
    });
    const byUser = new Map(prefs.map((p) => [p.userId, p]));
    const data: Prisma.NotificationDeliveryCreateManyInput[] = [];
    for (const u of users) {
      const pref = byUser.get(u.id);
      if (!pref || !u.phone) continue;
      for (const channel of ["SMS", "ZALO"] as const) {
        if (!pref.channels.includes(channel)) continue;
        data.push({
          key: `${job.event}:${u.id}:${channel}`,
          userId: u.id,
          channel,
          to: u.phone,
          kind: job.notice.kind,
          subject: job.notice.title,
          text: channel === "SMS" ? smsText(job.notice, u.locale, appUrl) : job.notice.title,
          params: channel === "ZALO" ? znsParams(job.notice, u.locale, appUrl) : Prisma.DbNull,
        });
      }
    }
    if (data.length === 0) return 0;
    const created = await tx.notificationDelivery.createManyAndReturn({
      data,
      skipDuplicates: true,
      select: { id: true },
    });
    await enqueueMany(
      tx,
      QUEUES.delivery,
      created.map((c) => ({ id: c.id })),
    );
    return created.length;
  });
}
