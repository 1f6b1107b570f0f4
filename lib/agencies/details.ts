import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";

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
    .regex(/^\d{7}$|^\d{10}(-\d{3})?$/, "Mã số thuế (10 chữ số) hoặc mã đơn vị quan hệ ngân sách (7 chữ số)."),
  treasuryAccount: z
    .string()
    .trim()
    .regex(/^[0-9][0-9 .]{4,38}[0-9]$/, "Số tài khoản gồm chữ số (có thể cách nhau bởi dấu chấm)."),
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
  if (!a) throw new NotFoundError("Tài khoản không thuộc cơ quan nào.");
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
    if (!before) throw new NotFoundError("Tài khoản không thuộc cơ quan nào.");
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
