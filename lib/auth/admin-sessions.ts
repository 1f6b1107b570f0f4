import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { ValidationError } from "@/lib/errors";
import { revokeUserSessions } from "@/lib/auth/server-session";
import { libText } from "@/lib/i18n/lib-token";

// An administrator ends someone's sessions, or deactivates the account (which ends them too) — at once,
// on every instance, because sessions live in the AuthSession table (issue 22).
const str = (input: unknown, key: string) => String((input as Record<string, unknown> | null)?.[key] ?? "").trim();

export type AccountSessions = {
  id: string;
  name: string;
  email: string | null;
  role: string;
  active: boolean;
  liveSessions: number;
};

export async function listAccountsWithSessions(actor: Actor, now = new Date()): Promise<AccountSessions[]> {
  assertCan(actor, "users.manage");
  const db = await getDb();
  const [users, live] = await Promise.all([
    db.user.findMany({
      where: { role: { not: "ENTERPRISE" } },
      orderBy: { name: "asc" },
      take: 500,
      select: { id: true, name: true, email: true, role: true, active: true },
    }),
    db.authSession.groupBy({
      by: ["userId"],
      where: { revokedAt: null, expiresAt: { gt: now } },
      _count: { _all: true },
    }),
  ]);
  const count = new Map(live.map((l) => [l.userId, l._count._all]));
  return users.map((u) => ({ ...u, liveSessions: count.get(u.id) ?? 0 }));
}

export async function revokeAccountSessions(actor: Actor, input: unknown): Promise<number> {
  assertCan(actor, "users.manage");
  const userId = str(input, "userId");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new ValidationError({ userId: [libText("validation.theAccountWasNotFound")] });
    const ended = await revokeUserSessions(tx, userId, "admin");
    await writeAudit(tx, actor, { action: "auth.sessionsRevoked", entity: "User", entityId: userId, data: { ended } });
    return ended;
  });
}

export async function setAccountActive(actor: Actor, input: unknown): Promise<boolean> {
  assertCan(actor, "users.manage");
  const userId = str(input, "userId");
  const active = str(input, "active") === "true";
  if (userId === actor.id && !active)
    throw new ValidationError({ userId: [libText("validation.youCannotDeactivateYourOwn")] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const done = await tx.user.updateMany({ where: { id: userId }, data: { active } });
    if (done.count !== 1) throw new ValidationError({ userId: [libText("validation.theAccountWasNotFound")] });
    const ended = active ? 0 : await revokeUserSessions(tx, userId, "deactivated");
    await writeAudit(tx, actor, {
      action: active ? "user.activated" : "user.deactivated",
      entity: "User",
      entityId: userId,
      data: { endedSessions: ended },
    });
    return active;
  });
}
