import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-token";

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
  if (!commune?.parentId) throw new ValidationError({ communeId: [libText("validation.chooseACurrentCommuneWard")] });
  const agency = await tx.agency.findFirst({
    where: { provinceId: commune.parentId, kind: "DEPARTMENT", OR: [{ validTo: null }, { validTo: { gte: on } }] },
    select: { id: true },
    orderBy: { validFrom: "desc" },
  });
  if (!agency) throw new ValidationError({ communeId: [libText("validation.theProvinceOfThisCommune")] });
  return { communeId: commune.id, provinceId: commune.parentId, agencyId: agency.id };
}
