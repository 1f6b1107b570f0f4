import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/credentials";

// Identity demo data (issue 22), kept apart from the rest of the seed. Idempotent.
/**
 * The demo officials' TOTP secret, printed in README ("Demo accounts"): every seeded official signs in
 * with the password and the current code of this secret, so the demo and the e2e suite keep working
 * (tests/e2e/helpers.ts computes the code with otplib). Never use it outside the demo.
 */
export const DEMO_TOTP_SECRET = "KHUYENCONGDEMOTOTPSECRETABCDEFGH";
/** A demo leader who has not enrolled a second factor yet: shows enrolment, and that deciding is refused. */
export const UNENROLLED_LEADER = "lanhdao.moi@demo.vn";
/** The demo citizen's personal ID number (also in scripts/demo-idp.ts): links VNeID to doanhnghiep@demo.vn. */
export const DEMO_ENTERPRISE_PERSONAL_ID = "025090000123";

export async function seedIdentity(db: PrismaClient): Promise<void> {
  const leader = await db.user.findUnique({ where: { email: "lanhdao@demo.vn" }, select: { agencyId: true } });
  if (leader) {
    await db.user.upsert({
      where: { email: UNENROLLED_LEADER },
      update: {},
      create: {
        email: UNENROLLED_LEADER,
        name: "Trần Minh Khoa",
        title: "Phó Giám đốc (mới bổ nhiệm, minh họa)",
        role: "LEADER",
        agencyId: leader.agencyId,
        passwordHash: await hashPassword("KhuyenCong@2025"),
      },
    });
  }
  const officials = await db.user.findMany({
    where: { role: { not: "ENTERPRISE" }, email: { not: UNENROLLED_LEADER } },
    select: { id: true },
  });
  const at = new Date("2026-01-05T00:00:00Z");
  for (const o of officials) {
    await db.secondFactor.upsert({
      where: { userId: o.id },
      update: {},
      create: { userId: o.id, secret: DEMO_TOTP_SECRET, confirmedAt: at },
    });
  }
  const enterprise = await db.user.findUnique({ where: { email: "doanhnghiep@demo.vn" }, select: { id: true } });
  if (enterprise) {
    await db.personalIdNumber.upsert({
      where: { userId: enterprise.id },
      update: {},
      create: { userId: enterprise.id, number: DEMO_ENTERPRISE_PERSONAL_ID },
    });
  }
}
