import "server-only";
import bcrypt from "bcryptjs";
import QRCode from "qrcode";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/credentials";
import { passwordProblem } from "@/lib/auth/password-policy";
import { isOfficialRole, verifySecondFactor } from "@/lib/auth/second-factor";
import { revokeSession, revokeUserSessions } from "@/lib/auth/server-session";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpUri, checkTotp } from "@/lib/auth/totp";
import { libText } from "@/lib/i18n/lib-token";

// The signed-in person's own security: second factor, step-up, password, sessions (issue 22).
const str = (input: unknown, key: string) => String((input as Record<string, unknown> | null)?.[key] ?? "").trim();

export type Enrolment = { secret: string; qrDataUrl: string; confirmed: boolean };

/** Starts (or shows the pending) TOTP enrolment of an official; a confirmed one is not replaced here. */
export async function startTotpEnrolment(actor: Actor): Promise<Enrolment> {
  if (!isOfficialRole(actor.role)) throw new ForbiddenError(libText("errors.twoFactorAuthenticationIsFor"));
  const db = await getDb();
  const existing = await db.secondFactor.findUnique({ where: { userId: actor.id } });
  const row = existing ?? (await db.secondFactor.create({ data: { userId: actor.id, secret: newTotpSecret() } }));
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, phone: true } });
  const uri = totpUri(row.secret, user.email ?? user.phone ?? actor.name);
  return {
    secret: row.confirmedAt ? "" : row.secret,
    qrDataUrl: row.confirmedAt ? "" : await QRCode.toDataURL(uri, { margin: 1, width: 220 }),
    confirmed: Boolean(row.confirmedAt),
  };
}

/** Proves the authenticator with a first code; returns the recovery codes (shown once, stored hashed). */
export async function confirmTotpEnrolment(actor: Actor, input: unknown, now = new Date()): Promise<string[]> {
  const db = await getDb();
  const row = await db.secondFactor.findUnique({ where: { userId: actor.id } });
  if (!row || row.confirmedAt) throw new ValidationError({ code: [libText("validation.enrolmentHasNotStartedOr")] });
  if (!(await checkTotp(row.secret, str(input, "code"), now)))
    throw new ValidationError({ code: [libText("validation.theCodeIsWrongEnter")] });
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const done = await tx.secondFactor.updateMany({
      where: { userId: actor.id, confirmedAt: null },
      data: { confirmedAt: now, lastUsedAt: now },
    });
    if (done.count !== 1) throw new ValidationError({ code: [libText("validation.alreadyEnrolled")] });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: actor.id, codeHash: hashRecoveryCode(c) })) });
    if (actor.sessionId) await tx.authSession.update({ where: { id: actor.sessionId }, data: { secondFactorAt: now } });
    await writeAudit(tx, actor, { action: "auth.secondFactor.enrolled", entity: "User", entityId: actor.id });
  });
  return codes;
}

/** Step-up: a current code (or a recovery code) refreshes this session's second factor. */
export async function confirmStepUp(actor: Actor, input: unknown, now = new Date()): Promise<void> {
  const db = await getDb();
  if (!actor.sessionId) throw new ForbiddenError();
  const how = await verifySecondFactor(db, actor.id, str(input, "code"), now);
  if (!how) throw new ValidationError({ code: [libText("validation.theCodeIsWrongOr")] });
  await db.$transaction(async (tx) => {
    await tx.authSession.update({ where: { id: actor.sessionId! }, data: { secondFactorAt: now } });
    await writeAudit(tx, actor, { action: "auth.stepUp", entity: "User", entityId: actor.id, data: { how } });
  });
}

/** Changes the password (policy of lib/auth/password-policy.ts) and ends every other session at once. */
export async function changePassword(actor: Actor, input: unknown): Promise<number> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true, email: true, phone: true, name: true },
  });
  const current = str(input, "current");
  const next = String((input as Record<string, unknown>)?.next ?? "");
  if (!(await bcrypt.compare(current, user.passwordHash)))
    throw new ValidationError({ current: [libText("validation.theCurrentPasswordIsWrong")] });
  const problem = passwordProblem(next, [user.email ?? "", user.phone ?? "", user.name]);
  if (problem) throw new ValidationError({ next: [problem] });
  if (next !== String((input as Record<string, unknown>)?.confirm ?? ""))
    throw new ValidationError({ confirm: [libText("validation.passwordsDiffer")] });
  const passwordHash = await hashPassword(next);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } });
    const ended = await revokeUserSessions(tx, actor.id, "password-change", actor.sessionId);
    await writeAudit(tx, actor, {
      action: "auth.passwordChanged",
      entity: "User",
      entityId: actor.id,
      data: { endedSessions: ended },
    });
    return ended;
  });
}

export type OwnSession = {
  id: string;
  current: boolean;
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
};

export async function listOwnSessions(actor: Actor, now = new Date()): Promise<OwnSession[]> {
  const db = await getDb();
  const rows = await db.authSession.findMany({
    where: { userId: actor.id, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, method: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
  return rows.map((r) => ({ ...r, current: r.id === actor.sessionId }));
}

/** Ends one of the actor's own sessions (another browser), or all the others. */
export async function endOwnSession(actor: Actor, input: unknown): Promise<number> {
  const db = await getDb();
  const which = str(input, "sessionId");
  return db.$transaction(async (tx) => {
    let ended: number;
    if (which === "others") ended = await revokeUserSessions(tx, actor.id, "user", actor.sessionId);
    else {
      const row = await tx.authSession.findFirst({ where: { id: which, userId: actor.id }, select: { id: true } });
      if (!row) throw new ValidationError({ sessionId: [libText("validation.theSessionWasNotFound")] });
      ended = await revokeSession(tx, row.id, "user");
    }
    await writeAudit(tx, actor, { action: "auth.sessionsEnded", entity: "User", entityId: actor.id, data: { ended } });
    return ended;
  });
}
