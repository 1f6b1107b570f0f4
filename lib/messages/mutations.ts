import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { findProposalInScope } from "@/lib/proposals/scope";
import { agencyUserIds, applicantUserIds, notifyUsers } from "@/lib/notifications/notify";
import { notices } from "@/lib/notifications/templates";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { enqueueMailSafetyNet } from "@/lib/notifications/mail-job";
import { messageSchema } from "@/lib/messages/schemas";
import { routes } from "@/lib/routes";

/**
 * One thread per dossier between the applicant and the agency, plus internal notes among staff,
 * leaders and council members that the applicant never sees (filtered in every read, not in the UI).
 */
export async function postMessage(
  actor: Actor,
  input: { proposalId: string; body: string; internal?: boolean | string },
) {
  const data = parseOrThrow(messageSchema, input);
  assertCan(actor, data.internal ? "proposal.internalNote" : "proposal.message");
  const db = await getDb();
  const mail = await db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, data.proposalId, {
      id: true,
      code: true,
      title: true,
      agencyId: true,
    });
    const m = await tx.message.create({
      data: { proposalId: p.id, authorId: actor.id, authorName: actor.name, body: data.body, internal: data.internal },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: data.internal ? "message.internalNote" : "message.post",
      entity: "Proposal",
      entityId: p.id,
      data: { messageId: m.id },
    });
    if (data.internal) return [];
    const toApplicant = actor.role !== "ENTERPRISE";
    const recipients = toApplicant ? await applicantUserIds(tx, p.id) : await agencyUserIds(tx, p.agencyId);
    const link = toApplicant ? routes.enterprise.dossier(p.id) : routes.staff.dossier(p.id);
    const mail = await notifyUsers(
      tx,
      recipients.filter((id) => id !== actor.id),
      notices.message(p, actor.name, link),
    );
    await enqueueMailSafetyNet(tx, mail);
    return mail;
  });
  await deliverQuietly(mail);
}
