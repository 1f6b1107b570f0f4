import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { deliverOutbox } from "@/lib/notifications/deliver";

export async function markNotificationsRead(actor: Actor, ids?: string[]) {
  const db = await getDb();
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } });
}

/** Re-sends stored or failed mail (after SMTP has been configured or repaired). */
export async function resendOutbox(actor: Actor, ids: string[]) {
  assertCan(actor, "outbox.view");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.outboxEmail.updateMany({ where: { id: { in: ids }, status: { in: ["STORED", "FAILED"] } }, data: { status: "PENDING" } });
    await writeAudit(tx, actor, { action: "outbox.resend", entity: "OutboxEmail", entityId: ids.join(",").slice(0, 200), data: { count: ids.length } });
  });
  await deliverOutbox(ids);
}
