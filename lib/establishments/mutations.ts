import "server-only";
import { recordConsent } from "@/lib/privacy/consent";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/credentials";
import { writeAudit } from "@/lib/audit/write";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { toSearchText } from "@/lib/text";
import {
  accountSchema,
  assistedSchema,
  establishmentSchema,
  identifierSchema,
  passwordSchema,
  type EstablishmentInput,
} from "@/lib/establishments/schemas";
import { resolveCommune } from "@/lib/establishments/agency";
import { establishmentScope } from "@/lib/establishments/scope";
import { libText } from "@/lib/i18n/lib-token";

function isUniqueViolation(
  e: unknown,
): e is { code: string; meta?: { target?: unknown; driverAdapterError?: unknown } } {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}

function uniqueField(e: { meta?: unknown }, fields: string[]): string | undefined {
  const text = JSON.stringify(e.meta ?? {});
  return fields.find((f) => text.includes(f));
}

function columns(v: EstablishmentInput) {
  return {
    kind: v.kind,
    name: v.name,
    taxCode: v.taxCode,
    householdRegNo: v.householdRegNo,
    address: v.address,
    industry: v.industry,
    industryCode: v.industryCode,
    workforce: v.workforce,
    womenOwned: v.womenOwned,
    ethnicMinorityOwned: v.ethnicMinorityOwned,
    representative: v.representative,
    phone: v.phone,
    email: v.email,
    representativeTitle: v.representativeTitle,
    bankAccount: v.bankAccount,
    bankName: v.bankName,
    searchText: toSearchText(v.name, v.taxCode, v.industry, v.representative, v.address),
  };
}

/** The tax code is already on the portal — typically registered at the commune or department desk: the owner keeps
 * the account just made and takes the establishment over with the officer's code (lib/establishments/claims.ts). */
export const TAX_CODE_TAKEN =
  "Mã số thuế này đã được đăng ký trên cổng (có thể do cán bộ đăng ký hộ tại xã hoặc Sở). Nếu là cơ sở của bạn, hãy dùng mục “Nhận quản lý cơ sở đã được đăng ký hộ” bên dưới với mã nhận tài khoản do cán bộ cấp; tài khoản bạn vừa tạo sẽ được gắn với cơ sở.";

function rethrowUnique(e: unknown): never {
  if (isUniqueViolation(e)) {
    const field = uniqueField(e, ["taxCode", "email", "phone"]);
    if (field === "taxCode") throw new ValidationError({ taxCode: [TAX_CODE_TAKEN] });
    throw new ValidationError({ identifier: [libText("validation.thisEMailOrPhone2")] });
  }
  throw e;
}

/** Self-registration, step 1: an enterprise account identified by email or phone. */
export async function registerAccount(input: unknown): Promise<{ userId: string; login: string }> {
  const v = parseOrThrow(accountSchema, input);
  const db = await getDb();
  const passwordHash = await hashPassword(v.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: v.name, email: v.identifier.email, phone: v.identifier.phone, passwordHash, role: "ENTERPRISE" },
        select: { id: true },
      });
      const self: Actor = {
        id: user.id,
        name: v.name,
        role: "ENTERPRISE",
        agencyId: null,
        provinceId: null,
        establishmentId: null,
      };
      await writeAudit(tx, self, {
        action: "user.register",
        entity: "User",
        entityId: user.id,
        data: { via: v.identifier.email ? "email" : "phone" },
      });
      await recordConsent(tx, { userId: user.id, purpose: "REGISTRATION" });
      return { userId: user.id, login: v.identifier.email ?? v.identifier.phone ?? "" };
    });
  } catch (e) {
    rethrowUnique(e);
  }
}

/** Self-registration, step 2: the establishment profile, linked to the account once (conditional update). */
export async function createOwnEstablishment(actor: Actor, input: unknown, now = new Date()): Promise<string> {
  assertCan(actor, "establishment.manageOwn");
  const v = parseOrThrow(establishmentSchema, input);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const place = await resolveCommune(tx, v.communeId, now);
      const est = await tx.establishment.create({
        data: { ...columns(v), communeId: place.communeId, agencyId: place.agencyId, createdById: actor.id },
        select: { id: true },
      });
      const linked = await tx.user.updateMany({
        where: { id: actor.id, establishmentId: null },
        data: { establishmentId: est.id },
      });
      if (linked.count !== 1) throw new ConflictError(libText("errors.theAccountIsAlreadyLinked"));
      await writeAudit(tx, actor, {
        action: "establishment.create",
        entity: "Establishment",
        entityId: est.id,
        data: { name: v.name, taxCode: v.taxCode },
      });
      return est.id;
    });
  } catch (e) {
    rethrowUnique(e);
  }
}

export async function updateOwnEstablishment(actor: Actor, input: unknown, now = new Date()): Promise<void> {
  assertCan(actor, "establishment.manageOwn");
  if (!actor.establishmentId) throw new NotFoundError(libText("errors.theAccountHasNoEstablishment"));
  await updateEstablishment(actor, actor.establishmentId, input, now, false);
}

async function updateEstablishment(
  actor: Actor,
  id: string,
  input: unknown,
  now: Date,
  assisted: boolean,
): Promise<void> {
  const v = parseOrThrow(establishmentSchema, input);
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      const place = await resolveCommune(tx, v.communeId, now);
      const updated = await tx.establishment.updateMany({
        where: { AND: [{ id }, establishmentScope(actor)] },
        data: { ...columns(v), communeId: place.communeId, agencyId: place.agencyId },
      });
      if (updated.count !== 1) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
      await writeAudit(tx, actor, {
        action: "establishment.update",
        entity: "Establishment",
        entityId: id,
        assisted,
        data: { name: v.name },
      });
    });
  } catch (e) {
    rethrowUnique(e);
  }
}

/**
 * Assisted registration at the commune desk (TT 01/2018-style one-stop reception): staff enter the profile
 * for the establishment, optionally with an account it can use later; the audit row is marked assisted.
 */
export async function registerAssisted(actor: Actor, input: unknown, now = new Date()): Promise<string> {
  assertCan(actor, "establishment.registerAssisted");
  const v = parseOrThrow(establishmentSchema, input);
  const extra = parseOrThrow(assistedSchema, input);
  const login = extra.accountIdentifier ? parseOrThrow(identifierSchema, extra.accountIdentifier) : null;
  if (login) {
    const pw = passwordSchema.safeParse(extra.accountPassword ?? "");
    if (!pw.success) throw new ValidationError({ accountPassword: pw.error.issues.map((i) => i.message) });
  }
  const passwordHash = login ? await hashPassword(extra.accountPassword ?? "") : null;
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const place = await resolveCommune(tx, v.communeId, now);
      if (actor.provinceId && place.provinceId !== actor.provinceId)
        throw new ForbiddenError(libText("errors.thisCommuneWardIsNot"));
      const est = await tx.establishment.create({
        data: {
          ...columns(v),
          communeId: place.communeId,
          agencyId: place.agencyId,
          createdById: actor.id,
          source: `Đăng ký hộ: ${extra.note}`,
        },
        select: { id: true },
      });
      let userId: string | null = null;
      if (login && passwordHash) {
        const user = await tx.user.create({
          // A password the officer chose: the owner changes it at the first sign-in (issue 23).
          data: {
            name: v.representative,
            email: login.email,
            phone: login.phone,
            passwordHash,
            role: "ENTERPRISE",
            establishmentId: est.id,
            mustChangePassword: true,
          },
          select: { id: true },
        });
        userId = user.id;
      }
      await writeAudit(tx, actor, {
        action: "establishment.registerAssisted",
        entity: "Establishment",
        entityId: est.id,
        assisted: true,
        onBehalfOfId: userId,
        reason: extra.note,
        data: { name: v.name, taxCode: v.taxCode, accountCreated: Boolean(userId) },
      });
      return est.id;
    });
  } catch (e) {
    if (isUniqueViolation(e) && uniqueField(e, ["email", "phone"]))
      throw new ValidationError({ accountIdentifier: [libText("validation.thisEMailOrPhone")] });
    rethrowUnique(e);
  }
}

export async function updateAssisted(actor: Actor, id: string, input: unknown, now = new Date()): Promise<void> {
  assertCan(actor, "establishment.registerAssisted");
  await updateEstablishment(actor, id, input, now, true);
}
