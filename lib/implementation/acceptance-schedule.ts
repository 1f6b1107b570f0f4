import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/validation";
import { ValidationError, WorkflowError } from "@/lib/errors";
import { vnDay } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import { findProposalInScope } from "@/lib/proposals/scope";
import { acceptanceScheduleSchema } from "@/lib/implementation/schemas";
import { notifyApplicant } from "@/lib/notifications/applicant";
import { notices } from "@/lib/notifications/templates";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const SCHEDULABLE = ["CONTRACTED", "IN_PROGRESS", "ACCEPTED"] as const;

/**
 * Sets (or moves) the date and place of the acceptance. The applicant is told in the same transaction —
 * in-app, e-mail and their SMS/Zalo choice through the queue (issue 17: "acceptance scheduled").
 */
export async function scheduleAcceptance(
  actor: Actor,
  proposalId: string,
  input: unknown,
): Promise<{ scheduleId: string }> {
  assertCan(actor, "funding.manage");
  const data = parseOrThrow(acceptanceScheduleSchema, input);
  if (data.scheduledFor.getTime() < vnDay(new Date()).getTime())
    throw new ValidationError({ scheduledFor: [libText("validation.theAcceptanceDateCannotBe2")] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, proposalId, { id: true, status: true });
    if (!(SCHEDULABLE as readonly string[]).includes(p.status))
      throw new WorkflowError(libText("errors.acceptanceCanBeScheduledOnly"));
    const row = await tx.acceptanceSchedule.create({
      data: {
        proposalId: p.id,
        scheduledFor: data.scheduledFor,
        place: data.place,
        note: data.note,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "acceptance.schedule",
      entity: "AcceptanceSchedule",
      entityId: row.id,
      data: { proposalId: p.id, scheduledFor: data.scheduledFor.toISOString().slice(0, 10), place: data.place },
    });
    await notifyApplicant(tx, p.id, (d) =>
      notices.acceptanceScheduled(d, data.scheduledFor, data.place, routes.enterprise.dossier(d.id)),
    );
    return { scheduleId: row.id };
  });
}
