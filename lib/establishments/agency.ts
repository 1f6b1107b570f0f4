import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";

/**
 * The receiving agency of an establishment: the Department of Industry and Trade of the province its
 * commune belongs to today (post-2025 units). Dossier codes carry that agency's identifier.
 */
export async function resolveCommune(
  tx: Tx,
  communeId: string,
  on: Date,
): Promise<{ communeId: string; provinceId: string; agencyId: string }> {
  const commune = await tx.adminUnit.findFirst({
    where: {
      id: communeId,
      level: "COMMUNE",
      validFrom: { lte: on },
      OR: [{ validTo: null }, { validTo: { gte: on } }],
    },
    select: { id: true, parentId: true },
  });
  if (!commune?.parentId)
    throw new ValidationError({ communeId: ["Chọn xã/phường hiện hành (sau sắp xếp đơn vị hành chính 2025)."] });
  const agency = await tx.agency.findFirst({
    where: { provinceId: commune.parentId, kind: "DEPARTMENT", OR: [{ validTo: null }, { validTo: { gte: on } }] },
    select: { id: true },
    orderBy: { validFrom: "desc" },
  });
  if (!agency)
    throw new ValidationError({ communeId: ["Tỉnh của xã/phường này chưa có cơ quan tiếp nhận hồ sơ trên cổng."] });
  return { communeId: commune.id, provinceId: commune.parentId, agencyId: agency.id };
}
