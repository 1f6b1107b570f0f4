import "server-only";
import { recordConsent, withdrawConsent } from "@/lib/privacy/consent";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import { libText } from "@/lib/i18n/lib-token";

// Each account's channels, consent and call subscriptions; every change audited, in one transaction.
// An opt-out (a channel removed, or consent withdrawn) takes effect for messages already queued too:
// the delivery job re-reads these rows just before sending (lib/notifications/delivery.ts).

const CHANNELS = ["EMAIL", "SMS", "ZALO"] as const;

export const preferencesSchema = z.object({
  channels: z.array(z.enum(CHANNELS)).default([]),
  consent: z.coerce.boolean().default(false),
  closingReminderDays: z.coerce
    .number()
    .int(libText("validation.enterTheNumberOfDays"))
    .min(1, libText("validation.atLeast1Day"))
    .max(30, libText("validation.atMost30Days"))
    .default(3),
});
export type PreferencesInput = z.input<typeof preferencesSchema>;

export async function savePreferences(actor: Actor, input: PreferencesInput) {
  const d = parseOrThrow(preferencesSchema, input);
  const phoneChannels = d.channels.filter((c) => c !== "EMAIL");
  if (phoneChannels.length > 0 && !d.consent) {
    throw new ValidationError({
      consent: [libText("validation.toChooseSmsZaloYou")],
    });
  }
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { phone: true } });
  if (phoneChannels.length > 0 && !user.phone)
    throw new ValidationError({ channels: [libText("validation.theAccountHasNoPhone")] });
  const version = env().NOTIFY_CONSENT_VERSION;
  return db.$transaction(async (tx) => {
    const before = await tx.notificationPreference.findUnique({ where: { userId: actor.id } });
    const keepConsent = d.consent && before?.consentAt && before.consentVersion === version;
    const consent = d.consent
      ? { consentVersion: version, consentAt: keepConsent ? before.consentAt : new Date() }
      : { consentVersion: null, consentAt: null };
    const data = { channels: [...new Set(d.channels)], closingReminderDays: d.closingReminderDays, ...consent };
    await tx.notificationPreference.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, ...data },
      update: data,
    });
    if (data.consentVersion)
      await recordConsent(tx, { userId: actor.id, purpose: "SMS_ZALO", version: data.consentVersion });
    else await withdrawConsent(tx, actor.id, "SMS_ZALO");
    await writeAudit(tx, actor, {
      action: "notification.preferences",
      entity: "User",
      entityId: actor.id,
      data: {
        channels: data.channels,
        consentVersion: data.consentVersion,
        consentAt: data.consentAt?.toISOString() ?? null,
        closingReminderDays: d.closingReminderDays,
      },
    });
  });
}

export const subscriptionSchema = z.object({
  communeId: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null),
  industry: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  activityCode: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null),
});
export type SubscriptionInput = z.input<typeof subscriptionSchema>;

export async function addSubscription(actor: Actor, input: SubscriptionInput) {
  const d = parseOrThrow(subscriptionSchema, input);
  const db = await getDb();
  if (d.communeId && !(await db.adminUnit.findUnique({ where: { id: d.communeId }, select: { id: true } }))) {
    throw new ValidationError({ communeId: [libText("validation.theCommuneWardWasNot")] });
  }
  return db.$transaction(async (tx) => {
    if ((await tx.callSubscription.count({ where: { userId: actor.id } })) >= 20)
      throw new ValidationError({ industry: [libText("validation.atMost20Subscriptions")] });
    const s = await tx.callSubscription.create({ data: { userId: actor.id, ...d }, select: { id: true } });
    await writeAudit(tx, actor, {
      action: "notification.subscribe",
      entity: "CallSubscription",
      entityId: s.id,
      data: d,
    });
    return s;
  });
}

export async function removeSubscription(actor: Actor, id: string) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const n = await tx.callSubscription.deleteMany({ where: { id, userId: actor.id } });
    if (n.count === 0) throw new NotFoundError(libText("errors.theSubscriptionWasNotFound"));
    await writeAudit(tx, actor, { action: "notification.unsubscribe", entity: "CallSubscription", entityId: id });
  });
}

/** The preferences page's data: own choices, own subscriptions, the options to subscribe to. */
export async function getPreferences(actor: Actor) {
  const db = await getDb();
  const [pref, user, subs] = await Promise.all([
    db.notificationPreference.findUnique({ where: { userId: actor.id } }),
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { phone: true, email: true } }),
    db.callSubscription.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "asc" } }),
  ]);
  const [communes, activities] = await Promise.all([
    db.adminUnit.findMany({
      where: { id: { in: subs.map((s) => s.communeId).filter((x): x is string => Boolean(x)) } },
      select: { id: true, name: true },
    }),
    db.activityCategory.findMany({
      where: { validTo: null },
      select: { code: true, name: true },
      orderBy: { contentNo: "asc" },
    }),
  ]);
  return {
    phone: user.phone,
    email: user.email,
    channels: pref?.channels ?? ["EMAIL"],
    consentAt: pref?.consentAt?.toISOString() ?? null,
    consentVersion: pref?.consentVersion ?? null,
    currentConsentVersion: env().NOTIFY_CONSENT_VERSION,
    closingReminderDays: pref?.closingReminderDays ?? 3,
    subscriptions: subs.map((s) => ({
      id: s.id,
      commune: communes.find((c) => c.id === s.communeId)?.name ?? null,
      industry: s.industry,
      activityCode: s.activityCode,
    })),
    activities: [...new Map(activities.map((a) => [a.code, a])).values()],
  };
}
