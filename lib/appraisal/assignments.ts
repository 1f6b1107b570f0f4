import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError, WorkflowError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { proposalScope } from "@/lib/proposals/scope";
import { notifyUsers } from "@/lib/notifications/notify";
import { notices } from "@/lib/notifications/templates";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { enqueueMailSafetyNet } from "@/lib/notifications/mail-job";
import { assignSchema, conflictSchema, unassignSchema } from "@/lib/appraisal/schemas";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const ASSIGNABLE = ["SUBMITTED", "RESUBMITTED", "UNDER_APPRAISAL"] as const;

/**
 * Assigns council members to one or many dossiers (bulk). A member who recused on a dossier stays
 * recorded as recused and can never be assigned to it again (the unique (đề án, member) row keeps it).
 */
export async function assignAppraisers(actor: Actor, input: { proposalIds: string[]; appraiserIds: string[] }) {
  assertCan(actor, "proposal.assign");
  const data = parseOrThrow(assignSchema, input);
  const db = await getDb();
  const out = await db.$transaction(async (tx) => {
    const proposals = await tx.proposal.findMany({
      where: { AND: [{ id: { in: data.proposalIds } }, proposalScope(actor)] },
      select: { id: true, code: true, title: true, status: true, agency: { select: { provinceId: true } } },
    });
    if (proposals.length !== new Set(data.proposalIds).size) throw new NotFoundError();
    const closed = proposals.filter((p) => !(ASSIGNABLE as readonly string[]).includes(p.status));
    if (closed.length)
      throw new WorkflowError(
        libText("errors.assignClosed", { dossiers: closed.map((p) => p.code ?? p.title).join(", ") }),
      );
    const members = await tx.user.findMany({
      where: {
        id: { in: data.appraiserIds },
        role: "APPRAISER",
        active: true,
        agency: { provinceId: actor.provinceId ?? "__none__" },
      },
      select: { id: true, name: true },
    });
    if (members.length !== new Set(data.appraiserIds).size)
      throw new NotFoundError(libText("errors.theCouncilMemberWasNot"));
    const existing = await tx.assignment.findMany({
      where: { proposalId: { in: data.proposalIds }, appraiserId: { in: data.appraiserIds } },
      select: { proposalId: true, appraiserId: true, conflict: true },
    });
    const recused = existing.filter((e) => e.conflict === "RECUSED");
    if (recused.length) {
      const names = recused.map((r) => members.find((m) => m.id === r.appraiserId)?.name).join(", ");
      throw new WorkflowError(libText("errors.recusedCannotReassign", { names }));
    }
    const pairs = proposals
      .flatMap((p) => members.map((m) => ({ p, m })))
      .filter(({ p, m }) => !existing.some((e) => e.proposalId === p.id && e.appraiserId === m.id));
    await tx.assignment.createMany({
      data: pairs.map(({ p, m }) => ({ proposalId: p.id, appraiserId: m.id, assignedById: actor.id })),
      skipDuplicates: true,
    });
    const mail: string[] = [];
    for (const { p, m } of pairs) {
      await writeAudit(tx, actor, {
        action: "appraisal.assign",
        entity: "Proposal",
        entityId: p.id,
        data: { appraiserId: m.id, appraiser: m.name },
      });
      mail.push(...(await notifyUsers(tx, [m.id], notices.assigned(p, routes.council.dossier(p.id)))));
    }
    await enqueueMailSafetyNet(tx, mail);
    return { created: pairs.length, mail };
  });
  await deliverQuietly(out.mail);
  return { created: out.created };
}

/** Removes a member who has not scored and not recused (a recusal stays on record). */
export async function unassignAppraiser(actor: Actor, input: { proposalId: string; appraiserId: string }) {
  assertCan(actor, "proposal.assign");
  const data = parseOrThrow(unassignSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const p = await tx.proposal.findFirst({
      where: { AND: [{ id: data.proposalId }, proposalScope(actor)] },
      select: { id: true },
    });
    if (!p) throw new NotFoundError();
    const scored = await tx.score.count({ where: { proposalId: p.id, appraiserId: data.appraiserId } });
    if (scored) throw new WorkflowError(libText("errors.theMemberHasScoredThe"));
    const n = await tx.assignment.deleteMany({
      where: { proposalId: p.id, appraiserId: data.appraiserId, conflict: { not: "RECUSED" } },
    });
    if (n.count !== 1) throw new WorkflowError(libText("errors.cannotUnassign"));
    await writeAudit(tx, actor, {
      action: "appraisal.unassign",
      entity: "Proposal",
      entityId: p.id,
      data: { appraiserId: data.appraiserId },
    });
  });
}

/**
 * The member declares no conflict of interest, or recuses. A recusal is final and deletes any score
 * the member had entered; the conditional update decides races with a concurrent score submission.
 */
export async function declareConflict(
  actor: Actor,
  input: { proposalId: string; decision: string; note?: string | null },
) {
  assertCan(actor, "proposal.score");
  const data = parseOrThrow(conflictSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const from = data.decision === "RECUSED" ? (["PENDING", "NO_CONFLICT"] as const) : (["PENDING"] as const);
    const n = await tx.assignment.updateMany({
      where: { proposalId: data.proposalId, appraiserId: actor.id, conflict: { in: [...from] } },
      data: { conflict: data.decision, conflictNote: data.note, declaredAt: new Date() },
    });
    if (n.count !== 1) {
      const a = await tx.assignment.findUnique({
        where: { proposalId_appraiserId: { proposalId: data.proposalId, appraiserId: actor.id } },
        select: { conflict: true },
      });
      if (!a) throw new NotFoundError();
      throw new ForbiddenError(
        a.conflict === "RECUSED" ? libText("errors.youRecused") : libText("errors.youDeclaredNoConflict"),
      );
    }
    if (data.decision === "RECUSED")
      await tx.score.deleteMany({ where: { proposalId: data.proposalId, appraiserId: actor.id } });
    await writeAudit(tx, actor, {
      action: data.decision === "RECUSED" ? "appraisal.recuse" : "appraisal.noConflict",
      entity: "Proposal",
      entityId: data.proposalId,
      reason: data.note,
    });
  });
}
