import "server-only";
import { createHash, randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { establishmentScope } from "@/lib/establishments/scope";
import { checkTaxCode } from "@/lib/establishments/tax-code";
import { libText } from "@/lib/i18n/lib-token";

// Claiming an establishment registered at the desk (issue 23). Staff issue a one-time code for it (printed or read
// out to the owner); the owner, signed in with an account of their own (self-registration, or single sign-on),
// enters the establishment's tax code and the code, and the account becomes the establishment's: its dossiers, its
// notifications. Only the code's SHA-256 is stored; a code is single use, expires, and a new one revokes the old.

export const CLAIM_VALID_DAYS = 14;
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read aloud and typed from paper
const DAY = 86_400_000;

function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function hashClaimCode(code: string): string {
  return createHash("sha256").update(normalizeCode(code)).digest("hex");
}

function newCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/** Staff: a fresh claim code for an establishment of their province (shown once); earlier unused codes stop working. */
export async function issueClaimCode(
  actor: Actor,
  establishmentId: string,
  now = new Date(),
): Promise<{ code: string; expiresAt: Date }> {
  assertCan(actor, "establishment.registerAssisted");
  const db = await getDb();
  const est = await db.establishment.findFirst({
    where: { AND: [{ id: establishmentId }, establishmentScope(actor)] },
    select: { id: true, name: true },
  });
  if (!est) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
  const code = newCode();
  const expiresAt = new Date(now.getTime() + CLAIM_VALID_DAYS * DAY);
  await db.$transaction(async (tx) => {
    await tx.accountClaim.updateMany({
      where: { establishmentId: est.id, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const claim = await tx.accountClaim.create({
      data: { establishmentId: est.id, codeHash: hashClaimCode(code), expiresAt, createdById: actor.id },
      select: { id: true },
    });
    // The code itself is never written anywhere but on the page shown to the officer.
    await writeAudit(tx, actor, {
      action: "establishment.claimCodeIssued",
      entity: "Establishment",
      entityId: est.id,
      assisted: true,
      data: { claimId: claim.id, expiresAt: expiresAt.toISOString() },
    });
  });
  return { code, expiresAt };
}

const WRONG =
  "Mã số thuế hoặc mã nhận tài khoản không đúng, hoặc mã đã hết hạn hay đã được dùng. Hãy kiểm tra lại giấy cán bộ đưa, hoặc đề nghị cán bộ cấp mã mới.";

/**
 * The owner takes over the establishment: an enterprise account not yet tied to one, the tax code on the
 * establishment's papers and the code from the officer. One answer for every wrong input (no oracle on which part
 * was wrong). Of two racing claims with one code, exactly one wins.
 */
export async function claimEstablishment(
  actor: Actor,
  input: { taxCode?: unknown; code?: unknown },
  now = new Date(),
): Promise<{ establishmentId: string }> {
  if (actor.role !== "ENTERPRISE") throw new ForbiddenError(libText("errors.onlyAnEstablishmentSAccount"));
  if (actor.establishmentId) throw new ConflictError(libText("errors.thisAccountIsAlreadyLinked"));
  const taxInput = typeof input.taxCode === "string" ? input.taxCode : "";
  const codeInput = typeof input.code === "string" ? input.code : "";
  const fieldErrors: Record<string, string[]> = {};
  const tax = checkTaxCode(taxInput);
  if (!tax.ok) fieldErrors.taxCode = [tax.message];
  if (normalizeCode(codeInput).length !== 10) fieldErrors.code = ["Mã nhận tài khoản gồm 10 ký tự, ví dụ ABCDE-23456."];
  if (!tax.ok || fieldErrors.code) throw new ValidationError(fieldErrors);
  const db = await getDb();
  const claim = await db.accountClaim.findUnique({
    where: { codeHash: hashClaimCode(codeInput) },
    select: {
      id: true,
      establishmentId: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      establishment: { select: { taxCode: true, name: true } },
    },
  });
  if (
    !claim ||
    claim.establishment.taxCode !== tax.normalized ||
    claim.usedAt ||
    claim.revokedAt ||
    claim.expiresAt <= now
  ) {
    throw new ValidationError({ code: [WRONG] }, WRONG);
  }
  await db.$transaction(async (tx) => {
    const used = await tx.accountClaim.updateMany({
      where: { id: claim.id, usedAt: null, revokedAt: null },
      data: { usedAt: now, usedById: actor.id },
    });
    if (used.count !== 1) throw new ValidationError({ code: [WRONG] }, WRONG);
    const linked = await tx.user.updateMany({
      where: { id: actor.id, establishmentId: null },
      data: { establishmentId: claim.establishmentId },
    });
    if (linked.count !== 1) throw new ConflictError(libText("errors.thisAccountIsAlreadyLinked"));
    await writeAudit(tx, actor, {
      action: "establishment.claimed",
      entity: "Establishment",
      entityId: claim.establishmentId,
      data: { claimId: claim.id },
    });
  });
  return { establishmentId: claim.establishmentId };
}
