import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/credentials";

// What the identity provider says about the person (VNeID-style claim names; the demo IdP returns them).
// Organisations are described by their representative's identity plus the org_* claims.
export type IdentityClaims = {
  sub: string;
  name?: string;
  email?: string;
  phone_number?: string;
  personal_id?: string; // số định danh cá nhân (12 digits)
  address?: { formatted?: string } | string;
  org_tax_code?: string;
  org_name?: string;
  org_kind?: string; // DN | HTX | HKD … (EstablishmentKind)
  org_address?: string;
  org_industry?: string;
};

export type LinkedUser = {
  id: string;
  name: string;
  email: string | null;
  role: string;
  how: "known" | "tax-code" | "personal-id" | "created";
};

/** Single sign-on is for enterprises; officials sign in with password and their second factor. */
export class SsoRefused extends Error {}

/**
 * The portal account of an identity, in one transaction: the identity seen before; else the representative
 * account of the establishment with this tax code; else the account with this personal ID number; else a
 * new enterprise account (its password unusable until reset; the establishment profile is prefilled later
 * from the claims kept here).
 */
export async function linkOrCreateFromClaims(issuer: string, claims: IdentityClaims): Promise<LinkedUser> {
  if (!claims.sub) throw new SsoRefused("no subject");
  const db = await getDb();
  const personalId = /^\d{12}$/.test(claims.personal_id ?? "") ? claims.personal_id! : null;
  const taxCode = claims.org_tax_code?.replace(/\s+/g, "") || null;
  const unusableHash = await hashPassword(randomBytes(24).toString("base64")); // outside the transaction: bcrypt is slow
  return db.$transaction(async (tx) => {
    const select = { id: true, name: true, email: true, role: true, active: true } as const;
    const json = JSON.parse(JSON.stringify(claims)) as object;
    const seen = await tx.externalIdentity.findUnique({
      where: { issuer_subject: { issuer, subject: claims.sub } },
      select: { userId: true },
    });
    let how: LinkedUser["how"] = "known";
    let orphanEstablishmentId: string | null = null; // an establishment with this tax code and no account yet
    let user = seen ? await tx.user.findUnique({ where: { id: seen.userId }, select }) : null;
    if (!user && taxCode) {
      const est = await tx.establishment.findUnique({
        where: { taxCode },
        select: {
          id: true,
          users: { where: { role: "ENTERPRISE", active: true }, select, orderBy: { createdAt: "asc" }, take: 1 },
        },
      });
      user = est?.users[0] ?? null;
      if (est && !user) orphanEstablishmentId = est.id;
      how = "tax-code";
    }
    if (!user && personalId) {
      const pin = await tx.personalIdNumber.findUnique({ where: { number: personalId }, select: { userId: true } });
      user = pin ? await tx.user.findUnique({ where: { id: pin.userId }, select }) : null;
      how = "personal-id";
    }
    if (user && (!user.active || user.role !== "ENTERPRISE")) throw new SsoRefused("not an enterprise account");
    if (!user) {
      const email = claims.email?.toLowerCase() ?? null;
      const phone = claims.phone_number?.replace(/\D/g, "").replace(/^84/, "0") ?? null;
      const taken = await tx.user.findFirst({
        where: { OR: [{ email: email ?? "__none__" }, { phone: phone ?? "__none__" }] },
        select: { email: true, phone: true },
      });
      user = await tx.user.create({
        data: {
          name: (claims.name ?? "Người dùng VNeID").slice(0, 100),
          role: "ENTERPRISE",
          passwordHash: unusableHash,
          establishmentId: orphanEstablishmentId,
          email: email && taken?.email !== email ? email : null,
          phone: phone && /^0\d{9}$/.test(phone) && taken?.phone !== phone ? phone : null,
        },
        select,
      });
      how = "created";
    }
    if (seen) {
      await tx.externalIdentity.update({
        where: { issuer_subject: { issuer, subject: claims.sub } },
        data: { claims: json, lastLoginAt: new Date() },
      });
    } else {
      await tx.externalIdentity.create({
        data: { issuer, subject: claims.sub, userId: user.id, claims: json, lastLoginAt: new Date() },
      });
    }
    if (
      personalId &&
      !(await tx.personalIdNumber.findUnique({ where: { userId: user.id } })) &&
      !(await tx.personalIdNumber.findUnique({ where: { number: personalId } }))
    ) {
      await tx.personalIdNumber.create({ data: { userId: user.id, number: personalId } });
    }
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        actorRole: user.role,
        action: `auth.sso.${how}`,
        entity: "User",
        entityId: user.id,
        data: { issuer },
      },
    });
    return { id: user.id, name: user.name, email: user.email, role: user.role, how };
  });
}
