import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import { libText } from "@/lib/i18n/lib-token";

// The agency's details printed on its documents (issue 16: the contract's Bên A) — representative and title,
// address, tax code / budget-unit code, State Treasury account. An administrator of the agency keeps them;
// saving real values clears the demo flag ("minh họa") that seeded values carry.

const text = (label: string, max: number) =>
  z
    .string({ error: `Nhập ${label}.` })
    .trim()
    .min(2, `Nhập ${label}.`)
    .max(max, `Tối đa ${max} ký tự.`);

export const agencyDetailsSchema = z.object({
  representativeName: text("họ tên người đại diện", 100),
  representativeTitle: text("chức vụ người đại diện", 100),
  address: text("địa chỉ", 300),
  taxCode: z
    .string()
    .trim()
    .regex(/^\d{7}$|^\d{10}(-\d{3})?$/, libText("validation.aTaxCode10Digits")),
  treasuryAccount: z
    .string()
    .trim()
    .regex(/^[0-9][0-9 .]{4,38}[0-9]$/, libText("validation.anAccountNumberIsMade")),
  treasuryName: text("Kho bạc Nhà nước nơi mở tài khoản", 150),
});

export type AgencyDetails = z.output<typeof agencyDetailsSchema> & { name: string; illustrative: boolean };

export async function getOwnAgencyDetails(actor: Actor): Promise<AgencyDetails> {
  assertCan(actor, "users.manage");
  const db = await getDb();
  const a = await db.agency.findUnique({
    where: { id: actor.agencyId ?? "__none__" },
    select: {
      name: true,
      representativeName: true,
      representativeTitle: true,
      address: true,
      taxCode: true,
      treasuryAccount: true,
      treasuryName: true,
      detailsIllustrative: true,
    },
  });
  if (!a) throw new NotFoundError(libText("errors.theAccountBelongsToNo"));
  return {
    name: a.name,
    representativeName: a.representativeName ?? "",
    representativeTitle: a.representativeTitle ?? "",
    address: a.address ?? "",
    taxCode: a.taxCode ?? "",
    treasuryAccount: a.treasuryAccount ?? "",
    treasuryName: a.treasuryName ?? "",
    illustrative: a.detailsIllustrative,
  };
}

/** Saves the administrator's own agency's details (audited with the old values); they are real from now on. */
export async function updateOwnAgencyDetails(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "users.manage");
  const data = parseOrThrow(agencyDetailsSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.agency.findUnique({
      where: { id: actor.agencyId ?? "__none__" },
      select: {
        id: true,
        representativeName: true,
        representativeTitle: true,
        address: true,
        taxCode: true,
        treasuryAccount: true,
        treasuryName: true,
        detailsIllustrative: true,
      },
    });
    if (!before) throw new NotFoundError(libText("errors.theAccountBelongsToNo"));
    await tx.agency.update({ where: { id: before.id }, data: { ...data, detailsIllustrative: false } });
    const { id, ...old } = before;
    await writeAudit(tx, actor, {
      action: "agency.details",
      entity: "Agency",
      entityId: id,
      data: { before: old, after: data },
    });
  });
}

// The procedure's handling time limit at the agency (issue 20: the service index's timeliness) — from the province's
// published list of administrative procedures, with the instrument that sets it. Saving a value makes it real (the
// demo's "minh họa" mark goes).
export const handlingLimitSchema = z.object({
  handlingWorkingDays: z.coerce
    .number({ message: libText("validation.enterWorkingDays") })
    .int(libText("validation.enterAWholeNumberOf"))
    .min(1, libText("validation.enterWorkingDays"))
    .max(120, libText("validation.enterWorkingDays")),
  handlingBasis: text("văn bản quy định thời hạn (số, ngày, cơ quan ban hành)", 300),
});

export type HandlingLimit = { limit: number | null; basis: string; illustrative: boolean };

export async function getOwnHandlingLimit(actor: Actor): Promise<HandlingLimit> {
  assertCan(actor, "users.manage");
  const db = await getDb();
  const a = await db.agency.findUnique({
    where: { id: actor.agencyId ?? "__none__" },
    select: { handlingWorkingDays: true, handlingBasis: true, handlingIllustrative: true },
  });
  if (!a) throw new NotFoundError(libText("errors.theAccountBelongsToNo"));
  return { limit: a.handlingWorkingDays, basis: a.handlingBasis ?? "", illustrative: a.handlingIllustrative };
}

/** Saves the own agency's handling time limit (audited with the old value). */
export async function updateOwnHandlingLimit(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "users.manage");
  const data = parseOrThrow(handlingLimitSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.agency.findUnique({
      where: { id: actor.agencyId ?? "__none__" },
      select: { id: true, handlingWorkingDays: true, handlingBasis: true, handlingIllustrative: true },
    });
    if (!before) throw new NotFoundError(libText("errors.theAccountBelongsToNo"));
    await tx.agency.update({ where: { id: before.id }, data: { ...data, handlingIllustrative: false } });
    const { id, ...old } = before;
    await writeAudit(tx, actor, {
      action: "agency.handlingLimit",
      entity: "Agency",
      entityId: id,
      data: { before: old, after: data },
    });
  });
}
