import "server-only";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { emailText, notices, type Notice } from "@/lib/notifications/templates";
import { newMailStatus } from "@/lib/notifications/deliver";
import { enqueueNotice } from "@/lib/notifications/fanout";
import { routes } from "@/lib/routes";

// Written inside the caller's transaction: if the change rolls back, so do its notices. E-mail goes to
// OutboxEmail as PENDING and deliverOutbox() sends it after commit; without SMTP it is STORED at once.
// SMS/Zalo: one queue job for the event, in the same transaction (lib/notifications/fanout.ts). E-mail
// goes to those who have not turned it off in their preferences (no preference row = e-mail on).

/** In-app notices to these users, and one e-mail each to those who have an address. Returns the outbox ids to deliver. */
export async function notifyUsers(
  tx: Tx,
  userIds: readonly string[],
  notice: Notice,
  event?: string,
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const users = await emailOptOut(
    tx,
    await tx.user.findMany({
      where: { id: { in: [...new Set(userIds)] }, active: true },
      select: { id: true, email: true },
    }),
  );
  if (users.length === 0) return [];
  await tx.notification.createMany({
    data: users.map((u) => ({
      userId: u.id,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      link: notice.link,
    })),
  });
  await enqueueNotice(
    tx,
    users.map((u) => u.id),
    notice,
    event,
  );
  const text = emailText(notice, env().APP_URL);
  const status = newMailStatus();
  const ids: string[] = [];
  for (const u of users) {
    if (!u.email) continue;
    const row = await tx.outboxEmail.create({
      data: { to: u.email, subject: notice.title, text, status },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return status === "PENDING" ? ids : [];
}

/** Drops the e-mail address of accounts that turned e-mail off (they keep in-app notices). */
export async function emailOptOut<U extends { id: string; email: string | null }>(
  db: Pick<Tx, "notificationPreference">,
  users: U[],
): Promise<U[]> {
  if (users.length === 0) return users;
  const off = await db.notificationPreference.findMany({
    where: { userId: { in: users.map((u) => u.id) }, NOT: { channels: { has: "EMAIL" } } },
    select: { userId: true },
  });
  if (off.length === 0) return users;
  const ids = new Set(off.map((o) => o.userId));
  return users.map((u) => (ids.has(u.id) ? { ...u, email: null } : u));
}

/** The applicant side of a đề án: the establishment's active accounts. */
export async function applicantUserIds(tx: Tx, proposalId: string): Promise<string[]> {
  const p = await tx.proposal.findUnique({
    where: { id: proposalId },
    select: { establishmentId: true, createdById: true },
  });
  if (!p) return [];
  const users = await tx.user.findMany({
    where: {
      role: "ENTERPRISE",
      active: true,
      OR: [{ establishmentId: p.establishmentId ?? "__none__" }, { id: p.createdById ?? "__none__" }],
    },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/** Staff of the agency handling the đề án (the intake desk). */
export async function agencyUserIds(tx: Tx, agencyId: string, roles: readonly Role[] = ["STAFF"]): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { agencyId, role: { in: [...roles] }, active: true },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/**
 * For the submission step (enterprise journey): tell the receiving agency's staff in the same
 * transaction as the submission; pass the returned ids to deliverQuietly() after commit. `except` is
 * the officer who filed it on the establishment's behalf (assisted filing): no notice of one's own act.
 */
export async function notifyAgencyOfSubmission(tx: Tx, proposalId: string, except?: string): Promise<string[]> {
  const p = await tx.proposal.findUnique({
    where: { id: proposalId },
    select: { id: true, code: true, title: true, agencyId: true },
  });
  if (!p) return [];
  const to = (await agencyUserIds(tx, p.agencyId)).filter((id) => id !== except);
  return notifyUsers(tx, to, notices.submitted(p, routes.staff.dossier(p.id)));
}

/** The answer to a return (RETURNED → RESUBMITTED): the agency's staff take the dossier up again. */
export async function notifyAgencyOfResubmission(tx: Tx, proposalId: string, except?: string): Promise<string[]> {
  const p = await tx.proposal.findUnique({
    where: { id: proposalId },
    select: { id: true, code: true, title: true, agencyId: true, round: true },
  });
  if (!p) return [];
  const to = (await agencyUserIds(tx, p.agencyId)).filter((id) => id !== except);
  return notifyUsers(tx, to, notices.resubmitted(p, p.round, routes.staff.dossier(p.id)));
}
