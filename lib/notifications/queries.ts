import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { DeliveryStatus, OutboxStatus } from "@/lib/generated/prisma/enums";
import { queueDepth } from "@/lib/jobs/depth";

export async function listMyNotifications(actor: Actor, take = 30) {
  const db = await getDb();
  const rows = await db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, readAt: r.readAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() }));
}

export async function countUnread(actor: Actor): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** The outbox, for administrators: what was sent, what is stored for lack of SMTP, what failed. */
export async function listOutbox(actor: Actor, status?: OutboxStatus, take = 100) {
  assertCan(actor, "outbox.view");
  const db = await getDb();
  const rows = await db.outboxEmail.findMany({
    where: status ? { status } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, status: true, error: true, createdAt: true, sentAt: true },
  });
  const counts = await db.outboxEmail.groupBy({ by: ["status"], _count: { _all: true } });
  return {
    rows: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null })),
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<OutboxStatus, number>>,
  };
}

/** SMS/Zalo deliveries for administrators: status, tries, the last error; plus the queue's waiting jobs. */
export async function listDeliveries(actor: Actor, status?: DeliveryStatus, take = 100) {
  assertCan(actor, "outbox.view");
  const db = await getDb();
  const [rows, counts, depth] = await Promise.all([
    db.notificationDelivery.findMany({
      where: status ? { status } : {},
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        channel: true,
        to: true,
        subject: true,
        text: true,
        status: true,
        attempts: true,
        error: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db.notificationDelivery.groupBy({ by: ["status"], _count: { _all: true } }),
    queueDepth(),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      to: maskPhone(r.to),
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
    })),
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<DeliveryStatus, number>>,
    depth,
  };
}

/** 0912000001 → 0912***001: enough to tell recipients apart, not a contact list. */
function maskPhone(phone: string): string {
  return phone.length > 6 ? `${phone.slice(0, 4)}***${phone.slice(-3)}` : "***";
}
