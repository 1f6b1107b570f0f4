import "server-only";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/dates";
import { ChannelError } from "@/lib/channels/types";
import type { Adapters } from "@/lib/channels";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { nextWindow, vnDayStart, type SendPolicy } from "@/lib/notifications/policy";

// One delivery job: re-reads the person's choice (an opt-out bites at once, even for queued messages),
// waits out quiet hours and the daily cap (re-queued for the next window, never dropped), then sends.
// A permanent refusal goes to the dead-letter queue with its reason; anything else is thrown so that
// pg-boss retries with exponential backoff, and after the last try moves the job to the dead-letter queue.

export type DeliveryContext = { adapters: Adapters; policy: SendPolicy; now: () => Date };
export type DeliveryOutcome = "sent" | "cancelled" | "deferred" | "skipped" | "dead";

const short = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 500);

type Row = {
  id: string;
  userId: string;
  channel: "EMAIL" | "SMS" | "ZALO";
  to: string;
  text: string;
  params: unknown;
  status: string;
  attempts: number;
  prefChannels: string[] | null;
  consentAt: Date | null;
};

type Db = Awaited<ReturnType<typeof getDb>>;

/**
 * Quiet hours, then the daily cap, decided atomically per recipient: under a transaction-scoped advisory
 * lock on the person, count what was sent or is being sent today (a claimed delivery carries its sentAt
 * as a reservation) and claim this one only if it fits. Two workers sending to the same person at the
 * same moment cannot both take the last place. Returns the claim, the deferral time, or "skipped" when
 * another job claimed this delivery first.
 */
async function claimWithinCap(db: Db, d: Row, now: Date, policy: SendPolicy): Promise<"claimed" | "skipped" | Date> {
  const quiet = nextWindow(now, { ...policy, dailyCap: Number.MAX_SAFE_INTEGER }, 0);
  if (quiet) {
    await defer(db, d.id, quiet);
    return quiet;
  }
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`notify-cap:${d.userId}`}::text)::bigint)`;
    const [row] = await tx.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM "NotificationDelivery"
      WHERE "userId" = ${d.userId} AND "id" <> ${d.id} AND "sentAt" >= ${vnDayStart(now).toISOString()}::timestamp
        AND "status" IN ('SENT', 'PENDING', 'FAILED')`;
    const later = nextWindow(now, policy, row?.n ?? 0);
    if (later) {
      await tx.notificationDelivery.update({ where: { id: d.id }, data: { error: deferredText(later) } });
      await enqueue(tx, QUEUES.delivery, { id: d.id }, { startAfter: later });
      return later;
    }
    // Claim by the attempt count read: of two jobs for one delivery (a re-queue racing a retry) one sends.
    const claim = await tx.notificationDelivery.updateMany({
      where: { id: d.id, attempts: d.attempts, status: { in: ["PENDING", "FAILED"] } },
      data: { attempts: { increment: 1 }, sentAt: now },
    });
    return claim.count === 1 ? "claimed" : "skipped";
  });
}

const deferredText = (later: Date) => `Hoãn đến ${formatDateTime(later)} (giờ nghỉ hoặc đã đủ số tin trong ngày).`;

async function defer(db: Db, id: string, later: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.notificationDelivery.update({ where: { id }, data: { error: deferredText(later) } });
    await enqueue(tx, QUEUES.delivery, { id }, { startAfter: later });
  });
}

export async function deliverOne(id: string, ctx: DeliveryContext): Promise<DeliveryOutcome> {
  const db = await getDb();
  const now = ctx.now();
  // One read: the delivery and the person's current choice.
  const [d] = await db.$queryRaw<Row[]>`
    SELECT d."id", d."userId", d."channel"::text AS "channel", d."to", d."text", d."params", d."status"::text AS "status", d."attempts",
      p."channels"::text[] AS "prefChannels", p."consentAt"
    FROM "NotificationDelivery" d LEFT JOIN "NotificationPreference" p ON p."userId" = d."userId"
    WHERE d."id" = ${id}`;
  if (!d || (d.status !== "PENDING" && d.status !== "FAILED")) return "skipped";
  const channel = d.channel === "EMAIL" ? null : d.channel;
  const adapter = channel ? ctx.adapters[channel] : undefined;
  if (!d.consentAt || !d.prefChannels?.includes(d.channel) || !adapter) {
    const error = adapter
      ? "Người nhận đã tắt kênh này hoặc rút lại đồng ý (opt-out)."
      : `Chưa cấu hình cổng ${d.channel} — không gửi.`;
    await db.notificationDelivery.updateMany({
      where: { id, status: { in: ["PENDING", "FAILED"] } },
      data: { status: "CANCELLED", error },
    });
    return "cancelled";
  }
  const claim = await claimWithinCap(db, d, now, ctx.policy);
  if (claim === "skipped") return "skipped";
  if (claim instanceof Date) return "deferred";
  try {
    const r = await adapter.send({
      id: d.id,
      to: d.to,
      text: d.text,
      params: (d.params ?? {}) as Record<string, string>,
    });
    await db.notificationDelivery.update({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), providerId: r.providerId, error: null },
    });
    return "sent";
  } catch (e) {
    if (e instanceof ChannelError && e.permanent) {
      await db.$transaction(async (tx) => {
        await tx.notificationDelivery.update({
          where: { id },
          data: { status: "DEAD", sentAt: null, error: short(e) },
        });
        await enqueue(tx, QUEUES.deadLetter, { id, reason: short(e) });
      });
      return "dead";
    }
    // The reservation (sentAt) is given back: a failed try does not count toward the day's cap.
    await db.notificationDelivery.update({ where: { id }, data: { status: "FAILED", sentAt: null, error: short(e) } });
    throw e;
  }
}

/**
 * A job in the dead-letter queue. A permanent refusal was recorded when it happened (it carries its reason);
 * a job that used up its retries marks its delivery DEAD with the last error — only while it is still FAILED,
 * so that an administrator's retry in between is not undone.
 */
export async function recordDeadLetter(data: { id?: string; reason?: string }): Promise<void> {
  if (!data.id || data.reason) return;
  const db = await getDb();
  const d = await db.notificationDelivery.findUnique({
    where: { id: data.id },
    select: { error: true, attempts: true },
  });
  if (!d) return;
  const reason = `Hết ${d.attempts} lần thử: ${d.error ?? "lỗi không rõ"}`.slice(0, 500);
  await db.notificationDelivery.updateMany({
    where: { id: data.id, status: "FAILED" },
    data: { status: "DEAD", error: reason },
  });
}
