import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { nextSequence } from "@/lib/db/sequence";
import { loadCalendar } from "@/lib/db/calendar";
import { privacyScope } from "@/lib/privacy/scope";
import { REQUEST_DEADLINE_WORKING_DAYS } from "@/lib/privacy/register";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DataRequestKind, DataRequestStatus } from "@/lib/generated/prisma/enums";
import { libText } from "@/lib/i18n/lib-token";

// The data subjects' request queue (Law 91/2025/QH15: access, correction, deletion, withdrawal of consent). The
// person files it on the portal (/tai-khoan/du-lieu-ca-nhan) or staff record a paper request; it gets a code
// "DL-2026-000012" and a deadline of REQUEST_DEADLINE_WORKING_DAYS working days on the portal's calendar; an
// administrator of the establishment's province answers it (done or refused, with the answer recorded).

const KINDS = ["ACCESS", "CORRECTION", "DELETION", "WITHDRAW_CONSENT"] as const;

export const dataRequestSchema = z.object({
  kind: z.enum(KINDS, { message: libText("validation.chooseRequestKind") }),
  details: z
    .string()
    .trim()
    .min(10, libText("validation.describeTheRequestAtLeast"))
    .max(4000, libText("validation.atMost4000Characters")),
  establishmentId: z.string().trim().max(60).optional(),
});

export const answerSchema = z.object({
  id: z.string().trim().min(1).max(60),
  outcome: z.enum(["DONE", "REFUSED"], { message: libText("validation.chooseOutcome") }),
  answer: z.string().trim().min(10, libText("validation.writeTheAnswerToThe")).max(4000),
  confirm: z.preprocess(
    (v) => v === true || v === "on" || v === "true",
    z.literal(true, { message: libText("validation.confirmAnswer") }),
  ),
});

export async function fileDataRequest(
  actor: Actor,
  input: z.input<typeof dataRequestSchema>,
  now = new Date(),
): Promise<{ id: string; code: string; dueAt: Date }> {
  const v = parseOrThrow(dataRequestSchema, input);
  let establishmentId: string;
  if (actor.role === "ENTERPRISE") {
    if (!actor.establishmentId) throw new ValidationError({ kind: [libText("validation.theAccountIsNotLinked")] });
    establishmentId = actor.establishmentId;
  } else {
    assertCan(actor, "personalData.manage");
    if (!v.establishmentId)
      throw new ValidationError({ establishmentId: [libText("validation.chooseAnEstablishment")] });
    establishmentId = v.establishmentId;
  }
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (actor.role !== "ENTERPRISE") {
      const ok = await tx.establishment.count({ where: { AND: [{ id: establishmentId }, privacyScope(actor)] } });
      if (!ok) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
    }
    const cal = await loadCalendar(tx);
    const dueAt = cal.addWorkingDays(now, REQUEST_DEADLINE_WORKING_DAYS);
    const year = now.getUTCFullYear();
    const seq = await nextSequence(tx, `dsr:${year}`);
    const code = `DL-${year}-${String(seq).padStart(6, "0")}`;
    const row = await tx.dataSubjectRequest.create({
      data: {
        code,
        kind: v.kind,
        establishmentId,
        requesterId: actor.role === "ENTERPRISE" ? actor.id : null,
        createdById: actor.id,
        details: v.details,
        receivedAt: now,
        dueAt,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "personalData.request",
      entity: "DataSubjectRequest",
      entityId: row.id,
      data: { code, kind: v.kind, establishmentId, dueAt: dueAt.toISOString() },
    });
    return { id: row.id, code, dueAt };
  });
}

export async function answerDataRequest(
  actor: Actor,
  input: z.input<typeof answerSchema>,
  now = new Date(),
): Promise<void> {
  assertCan(actor, "personalData.manage");
  const v = parseOrThrow(answerSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const r = await tx.dataSubjectRequest.findUnique({ where: { id: v.id } });
    if (!r || !r.establishmentId) throw new NotFoundError(libText("errors.theRequestWasNotFound"));
    const est = await tx.establishment.findFirst({
      where: { AND: [{ id: r.establishmentId }, privacyScope(actor)] },
      select: { id: true, anonymizedAt: true },
    });
    if (!est) throw new NotFoundError(libText("errors.theRequestWasNotFound"));
    if (r.status !== "RECEIVED") throw new WorkflowError(libText("errors.thisRequestHasAlreadyBeen"));
    if (v.outcome === "DONE" && r.kind === "DELETION" && !est.anonymizedAt)
      throw new ValidationError({
        outcome: [libText("validation.eraseTheEstablishmentSData")],
      });
    if (v.outcome === "DONE" && r.kind === "WITHDRAW_CONSENT") {
      const users = await tx.user.findMany({ where: { establishmentId: est.id }, select: { id: true } });
      const ids = users.map((u) => u.id);
      await tx.consentRecord.updateMany({
        where: {
          OR: [{ userId: { in: ids } }, { establishmentId: est.id }],
          withdrawnAt: null,
          purpose: { not: "REGISTRATION" },
        },
        data: { withdrawnAt: now },
      });
      await tx.notificationPreference.updateMany({
        where: { userId: { in: ids } },
        data: { channels: ["EMAIL"], consentVersion: null, consentAt: null },
      });
    }
    const done = await tx.dataSubjectRequest.updateMany({
      where: { id: r.id, status: "RECEIVED" },
      data: { status: v.outcome, answer: v.answer, answeredAt: now, answeredById: actor.id },
    });
    if (done.count !== 1) throw new WorkflowError(libText("errors.thisRequestHasAlreadyBeen"));
    await writeAudit(tx, actor, {
      action: "personalData.requestAnswered",
      entity: "DataSubjectRequest",
      entityId: r.id,
      reason: v.answer,
      data: { code: r.code, kind: r.kind, outcome: v.outcome, late: now > r.dueAt },
    });
  });
}

export type DataRequestRow = {
  id: string;
  code: string;
  kind: DataRequestKind;
  status: DataRequestStatus;
  establishmentId: string | null;
  establishmentName: string | null;
  details: string;
  receivedAt: Date;
  dueAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  overdue: boolean;
};

export async function listDataRequests(actor: Actor, now = new Date()): Promise<DataRequestRow[]> {
  const db = await getDb();
  let where: Prisma.DataSubjectRequestWhereInput;
  if (actor.role === "ENTERPRISE") {
    if (!actor.establishmentId) return [];
    where = { establishmentId: actor.establishmentId };
  } else {
    assertCan(actor, "personalData.manage");
    where = { establishment: privacyScope(actor) };
  }
  const rows = await db.dataSubjectRequest.findMany({
    where,
    orderBy: [{ status: "asc" }, { dueAt: "asc" }],
    take: 200,
    include: { establishment: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind,
    status: r.status,
    establishmentId: r.establishmentId,
    establishmentName: r.establishment?.name ?? null,
    details: r.details,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    answer: r.answer,
    answeredAt: r.answeredAt,
    overdue: r.status === "RECEIVED" && now > r.dueAt,
  }));
}

/** Consents of the signed-in account (and of its establishment), newest first. */
export async function listOwnConsents(actor: Actor) {
  if (actor.role !== "ENTERPRISE") throw new ForbiddenError();
  const db = await getDb();
  return db.consentRecord.findMany({
    where: {
      OR: [{ userId: actor.id }, ...(actor.establishmentId ? [{ establishmentId: actor.establishmentId }] : [])],
    },
    orderBy: { givenAt: "desc" },
  });
}
