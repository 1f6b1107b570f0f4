import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { checkTotp, hashRecoveryCode } from "@/lib/auth/totp";

/** Officials (everyone but enterprises) enrol a second factor (issue 22). */
export function isOfficialRole(role: Role | string): boolean {
  return role !== "ENTERPRISE";
}

/** An official who confirmed an authenticator is asked for its code at every sign-in. */
export async function officialNeedsCode(db: PrismaClient, userId: string, role: Role | string): Promise<boolean> {
  if (!isOfficialRole(role)) return false;
  const f = await db.secondFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  return Boolean(f?.confirmedAt);
}

/**
 * A current TOTP code of the user's confirmed authenticator, or one unused recovery code (spent here,
 * by a conditional update, so two requests cannot both use it).
 */
export async function verifySecondFactor(
  db: PrismaClient,
  userId: string,
  code: string,
  now = new Date(),
): Promise<"totp" | "recovery" | null> {
  const f = await db.secondFactor.findUnique({ where: { userId }, select: { secret: true, confirmedAt: true } });
  if (!f?.confirmedAt) return null;
  if (await checkTotp(f.secret, code, now)) {
    await db.secondFactor.update({ where: { userId }, data: { lastUsedAt: now } });
    return "totp";
  }
  if (code.replace(/[^A-Za-z0-9]/g, "").length !== 10) return null;
  const spent = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return spent.count === 1 ? "recovery" : null;
}
