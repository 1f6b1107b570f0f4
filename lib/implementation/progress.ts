import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/validation";
import { ConflictError, ValidationError, WorkflowError } from "@/lib/errors";
import { vnDay } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import { findProposalInScope } from "@/lib/proposals/scope";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodOf } from "@/lib/calendar/deadlines";
import { progressReportSchema, visitSchema } from "@/lib/implementation/schemas";
import { PHOTO_TYPES, storeUploads, type Upload } from "@/lib/uploads/evidence";
import { libText } from "@/lib/i18n/lib-token";

const MAX_PHOTOS = 6;

/**
 * Monthly progress report (Mẫu 3a/3b, before the 25th — TT 36/2013/TT-BCT Art. 23) by the beneficiary
 * (its own đề án only) or by staff; photos are stored as PHOTO documents. One report per period.
 */
export async function submitProgressReport(
  actor: Actor,
  proposalId: string,
  input: unknown,
  photos: readonly Upload[] = [],
): Promise<{ reportId: string }> {
  assertCan(actor, "funding.report");
  const data = parseOrThrow(progressReportSchema, input);
  if (photos.length > MAX_PHOTOS)
    throw new ValidationError({ photos: [libText("validation.maxPhotos", { max: MAX_PHOTOS })] });
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const p = await findProposalInScope(tx, actor, proposalId, {
        id: true,
        status: true,
        contract: { select: { signedAt: true } },
      });
      if (p.status !== "CONTRACTED" && p.status !== "IN_PROGRESS") {
        throw new WorkflowError(
          `Chỉ báo cáo tiến độ khi đề án đang thực hiện (hiện: "${STATUS_INFO[p.status].label.vi}").`,
        );
      }
      if (p.contract && data.period < periodOf(p.contract.signedAt))
        throw new ValidationError({ period: [libText("validation.theReportingPeriodIsBefore")] });
      if (data.period > periodOf(vnDay(new Date())))
        throw new ValidationError({ period: [libText("validation.youCannotReportAheadFor")] });
      const photoIds = await storeUploads(tx, actor, p.id, "PHOTO", photos, PHOTO_TYPES, "photos");
      const report = await tx.progressReport.create({
        data: {
          proposalId: p.id,
          period: data.period,
          percentComplete: data.percentComplete,
          investmentDoneBp: data.investmentDonePercent,
          content: data.content,
          issues: data.issues,
          submittedById: actor.id,
          photoDocumentIds: photoIds,
        },
        select: { id: true },
      });
      await writeAudit(tx, actor, {
        action: "progress.submit",
        entity: "ProgressReport",
        entityId: report.id,
        data: { proposalId: p.id, period: data.period, investmentDoneBp: data.investmentDonePercent },
      });
      return { reportId: report.id };
    });
  } catch (e) {
    // The unique (proposalId, period) decides between two reports of the same month.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new ConflictError(libText("errors.periodReported"));
    }
    throw e;
  }
}

/** The statuses a visit of each kind is recorded in: monitoring while it runs, post-check after acceptance. */
export function assertVisitAllowed(kind: "MONITORING" | "POST_CHECK", status: string): void {
  const allowed = kind === "MONITORING" ? ["CONTRACTED", "IN_PROGRESS", "ACCEPTED"] : ["ACCEPTED", "SETTLED"];
  if (!allowed.includes(status)) {
    throw new WorkflowError(
      kind === "MONITORING" ? libText("errors.monitoringWhileImplementing") : libText("errors.followUpAfterAcceptance"),
    );
  }
}

/** Monitoring visit during implementation or post-check (hậu kiểm) after it, with findings (§4.6). */
export async function recordVisit(actor: Actor, proposalId: string, input: unknown): Promise<{ visitId: string }> {
  assertCan(actor, "funding.manage");
  const data = parseOrThrow(visitSchema, input);
  if (data.visitedAt.getTime() > vnDay(new Date()).getTime())
    throw new ValidationError({ visitedAt: [libText("validation.theCheckDateCannotBe")] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, proposalId, { id: true, status: true });
    assertVisitAllowed(data.kind, p.status);
    const visit = await tx.monitoringVisit.create({
      data: {
        proposalId: p.id,
        kind: data.kind,
        visitedAt: data.visitedAt,
        findings: data.findings,
        compliant: data.compliant,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: `visit.${data.kind.toLowerCase()}`,
      entity: "MonitoringVisit",
      entityId: visit.id,
      data: { proposalId: p.id, compliant: data.compliant },
    });
    return { visitId: visit.id };
  });
}
