import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError, RateLimitError, ValidationError, WorkflowError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import { nextSequence } from "@/lib/db/sequence";
import { loadCalendar } from "@/lib/db/calendar";
import { hitRateLimit } from "@/lib/applications/rate-limit";
import { recordConsent } from "@/lib/privacy/consent";
import { libText } from "@/lib/i18n/lib-token";

// Phản ánh, kiến nghị (issue 20). Anyone sends one (signed in or not; at most FEEDBACK_LIMIT per client address per
// hour); it gets a code "PA-2026-000123" and a handling deadline of FEEDBACK_WORKING_DAYS working days; it goes to
// the agency handling the dossier named in it, else to every province's staff (the portal in general). Staff assign
// it and answer it (once, confirmed); the answer is published on the portal only if the sender agreed — the consent
// is recorded (ConsentRecord PUBLIC_ANSWER) — and never with the sender's name or contact.

export const FEEDBACK_WORKING_DAYS = 10;
export const FEEDBACK_LIMIT = 5;
const HOUR = 3600_000;

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max} ký tự.`)
    .optional()
    .transform((v) => v || null);

export const feedbackSchema = z.object({
  kind: z.enum(["PORTAL", "DOSSIER", "ACCESSIBILITY"], { message: libText("validation.chooseFeedbackTopic") }),
  dossierCode: optional(40),
  senderName: z
    .string()
    .trim()
    .min(2, libText("validation.enterTheFullNameAt"))
    .max(100, libText("validation.atMost100Characters")),
  contact: optional(120),
  content: z
    .string()
    .trim()
    .min(10, libText("validation.stateWhatTheFeedbackIs"))
    .max(4000, libText("validation.atMost4000Characters")),
  publishConsent: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

export async function submitFeedback(
  actor: Actor | null,
  input: unknown,
  clientKey: string,
  now = new Date(),
): Promise<{ code: string; dueAt: Date }> {
  const v = parseOrThrow(feedbackSchema, input);
  if (v.kind === "DOSSIER" && !v.dossierCode)
    throw new ValidationError({ dossierCode: [libText("validation.enterTheCodeOfThe")] });
  const db = await getDb();
  if (!(await hitRateLimit(db, `feedback:${clientKey}`, FEEDBACK_LIMIT, HOUR, now)))
    throw new RateLimitError(libText("errors.youHaveSentALot"));
  return db.$transaction(async (tx) => {
    let proposal: { id: string; agencyId: string } | null = null;
    if (v.dossierCode) {
      proposal = await tx.proposal.findUnique({ where: { code: v.dossierCode }, select: { id: true, agencyId: true } });
      if (!proposal) throw new ValidationError({ dossierCode: [libText("validation.noDossierHasThisCode")] });
    }
    const cal = await loadCalendar(tx);
    const dueAt = cal.addWorkingDays(now, FEEDBACK_WORKING_DAYS);
    const year = now.getUTCFullYear();
    const code = `PA-${year}-${String(await nextSequence(tx, `feedback:${year}`)).padStart(6, "0")}`;
    const row = await tx.feedback.create({
      data: {
        code,
        kind: v.kind,
        proposalId: proposal?.id ?? null,
        agencyId: proposal?.agencyId ?? null,
        senderName: v.senderName,
        contact: v.contact,
        senderUserId: actor?.id ?? null,
        content: v.content,
        publishConsent: v.publishConsent,
        receivedAt: now,
        dueAt,
      },
      select: { id: true },
    });
    if (v.publishConsent) await recordConsent(tx, { userId: actor?.id ?? null, purpose: "PUBLIC_ANSWER" }, now);
    await writeAudit(tx, actor, {
      action: "feedback.submit",
      entity: "Feedback",
      entityId: row.id,
      data: { code, kind: v.kind, dueAt: dueAt.toISOString(), publishConsent: v.publishConsent },
    });
    return { code, dueAt };
  });
}

/** The feedback an officer may handle: their agency's, or the portal's general ones. */
export function feedbackScope(actor: Actor) {
  return actor.role === "ADMIN" ? {} : { OR: [{ agencyId: actor.agencyId ?? "__none__" }, { agencyId: null }] };
}

export async function assignFeedback(actor: Actor, id: string, assigneeId: string): Promise<void> {
  assertCan(actor, "feedback.handle");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const f = await tx.feedback.findFirst({ where: { AND: [{ id }, feedbackScope(actor)] } });
    if (!f) throw new NotFoundError(libText("errors.theFeedbackWasNotFound"));
    if (f.status === "ANSWERED") throw new WorkflowError(libText("errors.theFeedbackHasBeenAnswered"));
    const who = await tx.user.findFirst({
      where: {
        id: assigneeId,
        active: true,
        role: { in: ["STAFF", "LEADER"] },
        ...(f.agencyId ? { agencyId: f.agencyId } : {}),
      },
      select: { id: true },
    });
    if (!who) throw new ValidationError({ assigneeId: [libText("validation.chooseAnOfficerOfThe")] });
    await tx.feedback.update({ where: { id: f.id }, data: { assigneeId: who.id, status: "IN_PROGRESS" } });
    await writeAudit(tx, actor, {
      action: "feedback.assign",
      entity: "Feedback",
      entityId: f.id,
      data: { assigneeId },
    });
  });
}

export const feedbackAnswerSchema = z.object({
  answer: z
    .string()
    .trim()
    .min(10, libText("validation.enterTheAnswerAtLeast"))
    .max(4000, libText("validation.atMost4000Characters")),
  confirm: z.preprocess(
    (v) => v === true || v === "on" || v === "true",
    z.literal(true, { message: libText("validation.confirmAnswer") }),
  ),
});

export async function answerFeedback(actor: Actor, id: string, input: unknown, now = new Date()): Promise<void> {
  assertCan(actor, "feedback.handle");
  const v = parseOrThrow(feedbackAnswerSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const f = await tx.feedback.findFirst({
      where: { AND: [{ id }, feedbackScope(actor)] },
      select: { id: true, code: true, dueAt: true },
    });
    if (!f) throw new NotFoundError(libText("errors.theFeedbackWasNotFound"));
    const done = await tx.feedback.updateMany({
      where: { id: f.id, status: { not: "ANSWERED" } },
      data: { status: "ANSWERED", answer: v.answer, answeredAt: now, answeredById: actor.id, assigneeId: actor.id },
    });
    if (done.count !== 1) throw new WorkflowError(libText("errors.thisFeedbackHasAlreadyBeen"));
    await writeAudit(tx, actor, {
      action: "feedback.answer",
      entity: "Feedback",
      entityId: f.id,
      data: { code: f.code, late: now > f.dueAt },
    });
  });
}
