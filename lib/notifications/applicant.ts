import type { Tx } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { applicantUserIds, notifyUsers } from "@/lib/notifications/notify";
import type { Notice } from "@/lib/notifications/templates";

/**
 * Tells the applicant side of a đề án about a step of its dossier, inside the caller's transaction: the
 * in-app notice, the e-mail (sent by the queue's "email" job after commit, retried with backoff) and the
 * SMS/Zalo event job. One line at the call site; nothing is sent if the caller's transaction rolls back.
 */
export async function notifyApplicant(
  tx: Tx,
  proposalId: string,
  build: (d: { id: string; code: string | null; title: string }) => Notice,
  /** When given, the e-mail ids go here for the caller to enqueue once (a batch), instead of one job now. */
  mailOut?: string[],
): Promise<void> {
  const p = await tx.proposal.findUnique({ where: { id: proposalId }, select: { id: true, code: true, title: true } });
  if (!p) return;
  const notice = build(p);
  const mail = await notifyUsers(tx, await applicantUserIds(tx, p.id), notice, `${notice.kind}:${p.id}:${Date.now()}`);
  if (mailOut) mailOut.push(...mail);
  else if (mail.length > 0) await enqueue(tx, QUEUES.email, { ids: mail });
}
