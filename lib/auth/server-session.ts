import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// Sessions held on the server (issue 22). next-auth keeps its JWT cookie, but the token carries only the id
// of an AuthSession row; lib/auth/auth.ts checks that row on every request, so ending a session is one
// UPDATE that every instance sees at its next request.
const TOUCH_EVERY_MS = 60_000; // lastSeenAt is refreshed at most once a minute per session

export type SessionStart = {
  userId: string;
  method: "password" | "oidc";
  secondFactorAt: Date | null;
  ip: string | null;
  userAgent: string | null;
};

export async function createSession(db: PrismaClient, s: SessionStart, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.authSession.create({
    data: {
      id,
      userId: s.userId,
      method: s.method,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + env().SESSION_MAX_AGE_SECONDS * 1000),
      secondFactorAt: s.secondFactorAt,
      ip: s.ip?.slice(0, 64) ?? null,
      userAgent: s.userAgent?.slice(0, 300) ?? null,
    },
  });
  return id;
}

export type LiveSession = { id: string; userId: string; secondFactorAt: Date | null };

/** The session if it is neither revoked, nor past its absolute end, nor idle too long; touches it. */
export async function checkSession(db: PrismaClient, id: string, now = new Date()): Promise<LiveSession | null> {
  const row = await db.authSession.findUnique({
    where: { id },
    select: { id: true, userId: true, secondFactorAt: true, revokedAt: true, expiresAt: true, lastSeenAt: true },
  });
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  const idleMs = env().SESSION_IDLE_MINUTES * 60_000;
  if (now.getTime() - row.lastSeenAt.getTime() > idleMs) {
    await db.authSession.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: now, revokedReason: "idle" },
    });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.authSession.updateMany({ where: { id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { id: row.id, userId: row.userId, secondFactorAt: row.secondFactorAt };
}

export type RevokeReason = "sign-out" | "password-change" | "deactivated" | "admin" | "user" | "idle";

export async function revokeSession(
  db: Pick<PrismaClient, "authSession">,
  id: string,
  reason: RevokeReason,
  now = new Date(),
): Promise<number> {
  const r = await db.authSession.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
  return r.count;
}

/** Ends every live session of a user (but `keep`, the caller's own, when given). */
export async function revokeUserSessions(
  db: Pick<PrismaClient, "authSession">,
  userId: string,
  reason: RevokeReason,
  keep?: string,
  now = new Date(),
): Promise<number> {
  const r = await db.authSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: now, revokedReason: reason },
  });
  return r.count;
}
