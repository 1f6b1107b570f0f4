import "server-only";
import bcrypt from "bcryptjs";
import { getDb } from "@/lib/db";
import { z } from "@/lib/validation";
import { countAttempt, forgiveAttempt } from "@/lib/auth/throttle";
import { officialNeedsCode, verifySecondFactor } from "@/lib/auth/second-factor";
import { logSignInFailure } from "@/lib/auth/sign-in-log";
import { libText } from "@/lib/i18n/lib-token";

const BCRYPT_ROUNDS = 10;
/**
 * A real bcrypt hash (cost 10) of a random string nobody knows: an unknown or inactive account costs the
 * same compare as a known one, so the answer time says nothing about which accounts exist (issue 22).
 */
const DUMMY_HASH = "$2b$10$U5HV8QsbUJ0xtjDhPs.bIeCYZB7cqoGCgPSFqO8FMGefw4p86EGcS";

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

export const credentialsSchema = z.object({
  identifier: z.string().trim().min(3, libText("validation.enterLogin")),
  password: z.string().min(1, libText("validation.enterPassword")),
  otp: z.string().trim().max(20).optional(),
});

export type SignedInUser = {
  id: string;
  name: string;
  role: string;
  email: string | null;
  secondFactorAt: Date | null;
};

/**
 * invalid = wrong or unknown (one answer for both); locked = this account is refused from this address or
 * everywhere — shown with the SAME message as invalid; throttled = this address is refused (says nothing
 * about any account); second-factor = password right, an official's code is needed (or was wrong).
 */
export type LoginOutcome =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "locked" | "throttled" | "second-factor" | "second-factor-invalid" };

/** Email or phone + password (+ the TOTP or recovery code of an official who enrolled one). */
export async function verifyCredentials(input: unknown, now = new Date(), address = "unknown"): Promise<LoginOutcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { identifier, password, otp } = parsed.data;
  const db = await getDb();
  const key = identifier.toLowerCase();
  const user = await db.user.findFirst({
    where: { OR: [{ email: key }, { phone: identifier.replace(/\s+/g, "") }] },
    select: { id: true, name: true, role: true, email: true, active: true, passwordHash: true },
  });
  // Unknown identifiers are counted under their own text, so they are throttled exactly like accounts.
  const accountKey = user ? `id:${user.id}` : `login:${key}`;
  const verdict = await countAttempt(db, accountKey, address, now);
  if (verdict.blocked) {
    await audit(db, user?.id ?? null, verdict.blocked === "address" ? "auth.throttled" : "auth.locked", address);
    logSignInFailure(verdict.blocked === "address" ? "throttled-address" : "throttled-account", address, user?.id);
    return { ok: false, reason: verdict.blocked === "address" ? "throttled" : "locked" };
  }
  const good = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || !good) {
    await audit(db, user?.id ?? null, "auth.failed", address);
    logSignInFailure(user ? (user.active ? "wrong-password" : "inactive") : "unknown-account", address, user?.id);
    return { ok: false, reason: "invalid" };
  }
  let secondFactorAt: Date | null = null;
  if (await officialNeedsCode(db, user.id, user.role)) {
    if (!otp) {
      await forgiveAttempt(db, verdict.keys); // the password was right: asking for the code is no failure
      return { ok: false, reason: "second-factor" };
    }
    if (!(await verifySecondFactor(db, user.id, otp, now))) {
      await audit(db, user.id, "auth.secondFactorFailed", address);
      logSignInFailure("wrong-second-factor", address, user.id);
      return { ok: false, reason: "second-factor-invalid" };
    }
    secondFactorAt = now;
  }
  await forgiveAttempt(db, verdict.keys);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } }),
    db.auditLog.create({
      data: {
        actorId: user.id,
        actorRole: user.role,
        action: "auth.login",
        entity: "User",
        entityId: user.id,
        data: { address },
      },
    }),
  ]);
  return { ok: true, user: { id: user.id, name: user.name, role: user.role, email: user.email, secondFactorAt } };
}

async function audit(
  db: Awaited<ReturnType<typeof getDb>>,
  userId: string | null,
  action: string,
  address: string,
): Promise<void> {
  // Unknown accounts leave the same kind of row (entityId empty), so both paths cost the same writes.
  await db.auditLog.create({
    data: { actorId: userId, action, entity: "User", entityId: userId ?? "", data: { address } },
  });
}
