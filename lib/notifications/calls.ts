import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb, type Tx } from "@/lib/db";
import { formatDate } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import { parseOrThrow, z } from "@/lib/validation";
import { ValidationError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { notifyUsers } from "@/lib/notifications/notify";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { enqueueMailSafetyNet } from "@/lib/notifications/mail-job";
import type { Notice } from "@/lib/notifications/templates";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

// Calls for proposals (đợt) and the applicants' alerts: a new call tells every applicant whose
// subscription matches (commune, industry, activity content; an empty side matches all), and a reminder
// goes N days before it closes (N per account, default 3). Both run as jobs; each is sent once per call
// and person (the in-app notice of the call is the marker, written in the same transaction).

const list = z.array(z.string().trim().min(1)).default([]);
export const callSchema = z.object({
  name: z.string().trim().min(3, libText("validation.enterTheRoundSName")).max(200),
  opensAt: z.coerce.date(),
  closesAt: z.coerce.date(),
  activityCodes: list,
  industries: list,
  communeIds: list,
});
export type CallInput = z.input<typeof callSchema>;

type Call = {
  id: string;
  name: string;
  closesAt: Date;
  activityCodes: string[];
  industries: string[];
  communeIds: string[];
};

/** Opens a call; the alert job is enqueued in the same transaction. */
export async function openCall(actor: Actor, input: CallInput) {
  assertCan(actor, "plan.compose");
  const d = parseOrThrow(callSchema, input);
  if (d.closesAt.getTime() <= d.opensAt.getTime())
    throw new ValidationError({ closesAt: [libText("validation.theClosingDateMustBe")] });
  if (!actor.agencyId) throw new ValidationError({ name: [libText("errors.theAccountBelongsToNo")] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const call = await tx.proposalCall.create({
      data: { ...d, agencyId: actor.agencyId ?? "", createdById: actor.id },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "call.open",
      entity: "ProposalCall",
      entityId: call.id,
      data: { name: d.name, closesAt: d.closesAt.toISOString() },
    });
    await enqueue(tx, QUEUES.callAlerts, { callId: call.id });
    return call;
  });
}

const matches = (c: Call, s: { communeId: string | null; industry: string | null; activityCode: string | null }) =>
  (!s.communeId || c.communeIds.length === 0 || c.communeIds.includes(s.communeId)) &&
  (!s.industry ||
    c.industries.length === 0 ||
    c.industries.some((i) => i.toLowerCase() === s.industry?.toLowerCase())) &&
  (!s.activityCode || c.activityCodes.length === 0 || c.activityCodes.includes(s.activityCode));

/** Active applicant accounts with a subscription matching the call. */
async function subscribers(tx: Tx, call: Call): Promise<string[]> {
  const subs = await tx.callSubscription.findMany({
    select: { userId: true, communeId: true, industry: true, activityCode: true },
  });
  const ids = [...new Set(subs.filter((s) => matches(call, s)).map((s) => s.userId))];
  const users = await tx.user.findMany({
    where: { id: { in: ids }, role: "ENTERPRISE", active: true },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

function callNotice(call: Call, kind: "call.opened" | "call.closing"): Notice {
  const opened = kind === "call.opened";
  return {
    kind,
    link: routes.enterprise.alertSettings({ dot: call.id }),
    ref: call.name,
    title: opened ? `Đợt mới nhận đề án: ${call.name}` : `Sắp hết hạn nộp đề án: ${call.name}`,
    body: `${call.name} ${opened ? "nhận đề án" : "sẽ đóng"} đến hết ngày ${formatDate(call.closesAt)}. Thông báo này gửi theo đăng ký nhận tin của Ông/Bà.`,
  };
}

/** The call-alerts job: every matching subscriber, once. Returns how many were told. */
export async function alertCall(callId: string): Promise<number> {
  const db = await getDb();
  const out = await db.$transaction(async (tx) => {
    const call = await tx.proposalCall.findUnique({ where: { id: callId } });
    if (!call) return { n: 0, mail: [] as string[] };
    const notice = callNotice(call, "call.opened");
    if (await tx.notification.findFirst({ where: { kind: notice.kind, link: notice.link }, select: { id: true } }))
      return { n: 0, mail: [] };
    const to = await subscribers(tx, call);
    const mail = await notifyUsers(tx, to, notice, `call-opened:${call.id}`);
    await enqueueMailSafetyNet(tx, mail);
    return { n: to.length, mail };
  });
  await deliverQuietly(out.mail);
  return out.n;
}

/** Daily: subscribers of calls closing within their N days, each told once per call. */
export async function sendCallClosingReminders(now = new Date()): Promise<number> {
  const db = await getDb();
  const calls = await db.proposalCall.findMany({
    where: { opensAt: { lte: now }, closesAt: { gt: now, lte: new Date(now.getTime() + 30 * 86_400_000) } },
  });
  let told = 0;
  for (const call of calls) {
    const daysLeft = Math.ceil((call.closesAt.getTime() - now.getTime()) / 86_400_000);
    const mail = await db.$transaction(async (tx) => {
      const notice = callNotice(call, "call.closing");
      const candidates = await subscribers(tx, call);
      const prefs = await tx.notificationPreference.findMany({
        where: { userId: { in: candidates } },
        select: { userId: true, closingReminderDays: true },
      });
      const days = new Map(prefs.map((p) => [p.userId, p.closingReminderDays]));
      const due = candidates.filter((u) => daysLeft <= (days.get(u) ?? 3));
      const already = await tx.notification.findMany({
        where: { userId: { in: due }, kind: notice.kind, link: notice.link },
        select: { userId: true },
      });
      const to = due.filter((u) => !already.some((a) => a.userId === u));
      told += to.length;
      const mail = await notifyUsers(tx, to, notice, `call-closing:${call.id}`);
      await enqueueMailSafetyNet(tx, mail);
      return mail;
    });
    await deliverQuietly(mail);
  }
  return told;
}
