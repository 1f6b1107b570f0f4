import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { deliverOutbox } from "@/lib/notifications/deliver";
import { NotFoundError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { libText } from "@/lib/i18n/lib-token";

export async function markNotificationsRead(actor: Actor, ids?: string[]) {
  const db = await getDb();
  await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
}

/** Re-sends stored or failed mail (after SMTP has been configured or repaired). */
export async function resendOutbox(actor: Actor, ids: string[]) {
  assertCan(actor, "outbox.view");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.outboxEmail.updateMany({
      where: { id: { in: ids }, status: { in: ["STORED", "FAILED"] } },
      data: { status: "PENDING" },
    });
    await writeAudit(tx, actor, {
      action: "outbox.resend",
      entity: "OutboxEmail",
      entityId: ids.join(",").slice(0, 200),
      data: { count: ids.length },
    });
  });
  await deliverOutbox(ids);
}

/**
 * Sends a failed, dead-lettered or cancelled SMS/Zalo message again (after the gateway, template or
 * phone was fixed): back to PENDING with a new delivery job, in one transaction with its audit row.
 * The delivery job still honours the person's current choice (an opted-out person is not messaged).
 */
export async function retryDelivery(actor: Actor, id: string) {
  assertCan(actor, "outbox.view");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const n = await tx.notificationDelivery.updateMany({
      where: { id, status: { in: ["FAILED", "DEAD", "CANCELLED"] } },
      data: { status: "PENDING", error: null },
    });
    if (n.count === 0) throw new NotFoundError(libText("errors.thereIsNoFailedMessage"));
    await enqueue(tx, QUEUES.delivery, { id });
    await writeAudit(tx, actor, { action: "delivery.retry", entity: "NotificationDelivery", entityId: id });
  });
}
