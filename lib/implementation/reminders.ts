import "server-only";
import { getDb, type Tx } from "@/lib/db";
import { vnDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write";
import { lockProposal } from "@/lib/funding/ledger-sql";
import { loadCalendar } from "@/lib/implementation/calendar-query";
import { dueFactsOf, dueItemsFor, type DueItem } from "@/lib/implementation/due-items";
import { DUE_SELECT } from "@/lib/implementation/due-select";
import { REMINDER_SIDE, reminderNotice } from "@/lib/implementation/reminder-notice";
import { agencyUserIds, applicantUserIds, notifyUsers } from "@/lib/notifications/notify";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { enqueueMailSafetyNet } from "@/lib/notifications/mail-job";

// System job (cron / `npm run reminders`): no actor. Reminds of every obligation due soon or overdue —
// monthly progress reports by the 25th (TT 36/2013/TT-BCT Art. 23), supplements, acceptance, the
// settlement dossier 15 days after the last acceptance, follow-up checks.

const WATCHED: readonly ProposalStatus[] = ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "RETURNED", "SETTLED"];

const SELECT = { ...DUE_SELECT, agencyId: true } satisfies Prisma.ProposalSelect;

export type ReminderRun = { proposals: number; reminders: number; notifications: number; emails: number };

/** Watched đề án are read this many at a time (by id): the job's memory does not grow with the country (issue 21). */
export const REMINDER_BATCH = 500;

async function watchedAfter(after: string | null, batchSize: number) {
  const db = await getDb();
  return db.proposal.findMany({
    where: { status: { in: [...WATCHED] }, ...(after ? { id: { gt: after } } : {}) },
    select: SELECT,
    orderBy: { id: "asc" },
    take: batchSize,
  });
}

async function* watchedBatches(batchSize: number) {
  let after: string | null = null;
  for (;;) {
    const rows = await watchedAfter(after, batchSize);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

export async function sendDueReminders(
  now: Date = new Date(),
  opts: { batchSize?: number } = {},
): Promise<ReminderRun> {
  const db = await getDb();
  const cal = await loadCalendar(db);
  const today = vnDay(now);
  const run: ReminderRun = { proposals: 0, reminders: 0, notifications: 0, emails: 0 };
  for await (const rows of watchedBatches(opts.batchSize ?? REMINDER_BATCH)) {
    const outbox: string[] = [];
    for (const p of rows) {
      const items = dueItemsFor(dueFactsOf(p), today, cal).filter((i) => i.status !== "UPCOMING");
      if (items.length === 0) continue;
      const sent = await db.$transaction((tx) => remindOne(tx, p.id, p.agencyId, items, today));
      if (sent.reminders === 0) continue;
      run.proposals += 1;
      run.reminders += sent.reminders;
      run.notifications += sent.notifications;
      run.emails += sent.outbox.length;
      outbox.push(...sent.outbox);
    }
    // Each batch's mail goes out before the next is read.
    await deliverQuietly(outbox);
  }
  return run;
}

/**
 * One đề án in one transaction. The row lock serialises concurrent runs for this đề án, so the check for
 * an existing notice with the same key (Notification.kind) and the insert cannot interleave.
 */
async function remindOne(tx: Tx, proposalId: string, agencyId: string, items: DueItem[], today: Date) {
  await lockProposal(tx, proposalId);
  const recipients = {
    APPLICANT: items.some((i) => REMINDER_SIDE[i.kind] === "APPLICANT") ? await applicantUserIds(tx, proposalId) : [],
    AGENCY: items.some((i) => REMINDER_SIDE[i.kind] === "AGENCY") ? await agencyUserIds(tx, agencyId) : [],
  };
  const outbox: string[] = [];
  const done: Array<{ kind: string; status: string; due: string; recipients: number }> = [];
  let notifications = 0;
  for (const item of items) {
    const to = recipients[REMINDER_SIDE[item.kind]];
    if (to.length === 0) continue;
    const notice = reminderNotice(item, today);
    const already = await tx.notification.findFirst({
      where: { userId: { in: to }, kind: notice.kind },
      select: { id: true },
    });
    if (already) continue;
    outbox.push(...(await notifyUsers(tx, to, notice)));
    notifications += to.length;
    done.push({
      kind: item.kind,
      status: item.status,
      due: item.due.toISOString().slice(0, 10),
      recipients: to.length,
    });
  }
  if (done.length > 0) {
    await writeAudit(tx, null, {
      action: "reminder.sent",
      entity: "Proposal",
      entityId: proposalId,
      data: { day: today.toISOString().slice(0, 10), items: done },
    });
  }
  await enqueueMailSafetyNet(tx, outbox);
  return { reminders: done.length, notifications, outbox };
}
