import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { nextSequence } from "@/lib/db/sequence";
import { libText } from "@/lib/i18n/lib-token";

// The breach register (Law 91/2025/QH15): each breach with what happened, which data, how many people, and the
// notification steps with their time — contained; the specialised personal-data protection agency (Cục An ninh
// mạng và phòng, chống tội phạm sử dụng công nghệ cao, Bộ Công an) notified within 72 hours of detection; the
// people affected notified where the risk to them is high. Each step is set once and audited.

export const AUTHORITY_HOURS = 72;

const dateTime = z
  .string()
  .trim()
  .min(1, libText("validation.enterTheTime"))
  .refine((s) => !Number.isNaN(Date.parse(s)), libText("validation.theTimeIsNotValid"))
  .transform((s) => new Date(s));

export const breachSchema = z.object({
  detectedAt: dateTime,
  description: z.string().trim().min(20, libText("validation.describeTheIncidentAtLeast")).max(4000),
  dataKinds: z.array(z.string().trim().min(1).max(100)).min(1, libText("validation.chooseAtLeastOneKind")).max(20),
  subjectsAffected: z.coerce
    .number()
    .int(libText("validation.enterAWholeNumber"))
    .min(0, libText("validation.cannotBeNegative"))
    .max(100_000_000),
  severity: z.enum(["LOW", "HIGH"], { message: libText("validation.chooseSeverity") }),
  measures: z.string().trim().max(4000).optional(),
});

export const BREACH_STEPS = ["containedAt", "authorityNotifiedAt", "subjectsNotifiedAt"] as const;
export type BreachStep = (typeof BREACH_STEPS)[number];

export const BREACH_STEP_LABEL: Record<BreachStep, { vi: string; en: string }> = {
  containedAt: { vi: "Đã ngăn chặn, khắc phục", en: "Contained" },
  authorityNotifiedAt: {
    vi: `Đã thông báo cơ quan chuyên trách bảo vệ dữ liệu cá nhân (trong ${AUTHORITY_HOURS} giờ)`,
    en: `Specialised agency notified (within ${AUTHORITY_HOURS} hours)`,
  },
  subjectsNotifiedAt: { vi: "Đã thông báo người bị ảnh hưởng", en: "People affected notified" },
};

export async function recordBreach(
  actor: Actor,
  input: unknown,
  now = new Date(),
): Promise<{ id: string; code: string }> {
  assertCan(actor, "personalData.manage");
  const v = parseOrThrow(breachSchema, input);
  if (v.detectedAt > now) throw new ValidationError({ detectedAt: [libText("validation.theTimeOfDiscoveryCannot")] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const year = now.getUTCFullYear();
    const code = `SC-${year}-${String(await nextSequence(tx, `breach:${year}`)).padStart(4, "0")}`;
    const row = await tx.dataBreach.create({
      data: {
        code,
        detectedAt: v.detectedAt,
        description: v.description,
        dataKinds: v.dataKinds,
        subjectsAffected: v.subjectsAffected,
        severity: v.severity,
        measures: v.measures || null,
        agencyId: actor.agencyId,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "personalData.breach",
      entity: "DataBreach",
      entityId: row.id,
      data: { code, severity: v.severity, subjectsAffected: v.subjectsAffected },
    });
    return { id: row.id, code };
  });
}

export async function markBreachStep(actor: Actor, id: string, step: BreachStep, now = new Date()): Promise<void> {
  assertCan(actor, "personalData.manage");
  if (!BREACH_STEPS.includes(step)) throw new ValidationError({ step: [libText("validation.theStepIsNotValid")] });
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const b = await tx.dataBreach.findFirst({ where: { id, ...(actor.agencyId ? { agencyId: actor.agencyId } : {}) } });
    if (!b) throw new NotFoundError(libText("errors.theIncidentWasNotFound"));
    if (b[step]) throw new WorkflowError(libText("errors.thisStepIsAlreadyRecorded"));
    await tx.dataBreach.update({ where: { id: b.id }, data: { [step]: now } });
    await writeAudit(tx, actor, {
      action: "personalData.breachStep",
      entity: "DataBreach",
      entityId: b.id,
      data: { code: b.code, step, at: now.toISOString() },
    });
  });
}

export type BreachRow = Awaited<ReturnType<typeof listBreaches>>[number];

export async function listBreaches(actor: Actor, now = new Date()) {
  assertCan(actor, "personalData.manage");
  const db = await getDb();
  const rows = await db.dataBreach.findMany({
    where: actor.agencyId ? { agencyId: actor.agencyId } : {},
    orderBy: { detectedAt: "desc" },
    take: 100,
  });
  return rows.map((b) => {
    const authorityDue = new Date(b.detectedAt.getTime() + AUTHORITY_HOURS * 3600_000);
    return {
      ...b,
      authorityDue,
      authorityLate: b.authorityNotifiedAt ? b.authorityNotifiedAt > authorityDue : now > authorityDue,
    };
  });
}
