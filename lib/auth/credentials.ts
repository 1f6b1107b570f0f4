import bcrypt from "bcryptjs";
import { getDb } from "@/lib/db";
import { z } from "@/lib/validation";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
const BCRYPT_ROUNDS = 10;

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

export const credentialsSchema = z.object({
  identifier: z.string().trim().min(3, "Nhập email hoặc số điện thoại."),
  password: z.string().min(1, "Nhập mật khẩu."),
});

export type LoginOutcome =
  | { ok: true; user: { id: string; name: string; role: string; email: string | null } }
  | { ok: false; reason: "invalid" | "locked" };

/** Email or phone + password; after 5 failures the account is locked for 15 minutes (audited). */
export async function verifyCredentials(input: unknown, now = new Date()): Promise<LoginOutcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { identifier, password } = parsed.data;
  const db = await getDb();
  const key = identifier.toLowerCase();
  const user = await db.user.findFirst({ where: { OR: [{ email: key }, { phone: identifier.replace(/\s+/g, "") }] } });
  if (!user || !user.active) {
    await bcrypt.compare(password, "$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinv");
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked" };
  const good = await bcrypt.compare(password, user.passwordHash);
  if (!good) {
    // The count is incremented by the database (not read-then-written here): parallel guesses must not
    // lose failures and slip past the lockout.
    const lock = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<Array<{ failedLogins: number }>>`
        UPDATE "User" SET "failedLogins" = "failedLogins" + 1, "updatedAt" = now() WHERE "id" = ${user.id} RETURNING "failedLogins"`;
      const locking = (rows[0]?.failedLogins ?? MAX_FAILED_LOGINS) >= MAX_FAILED_LOGINS;
      if (locking) {
        await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) } });
      }
      await tx.auditLog.create({ data: { actorId: user.id, action: locking ? "auth.locked" : "auth.failed", entity: "User", entityId: user.id } });
      return locking;
    });
    return { ok: false, reason: lock ? "locked" : "invalid" };
  }
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } }),
    db.auditLog.create({ data: { actorId: user.id, actorRole: user.role, action: "auth.login", entity: "User", entityId: user.id } }),
  ]);
  return { ok: true, user: { id: user.id, name: user.name, role: user.role, email: user.email } };
}
