import type { Tx, Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { EstablishmentFacts } from "@/lib/rules/types";
import { libText } from "@/lib/i18n/lib-token";

/** The facts of an establishment the rule engine needs (kind, industry, commune and its area flags). */
export async function loadEstablishmentFacts(
  db: Tx | Db,
  establishmentId: string,
): Promise<EstablishmentFacts & { id: string; name: string; agencyId: string | null }> {
  const e = await db.establishment.findUnique({
    where: { id: establishmentId },
    select: {
      id: true,
      name: true,
      kind: true,
      industryCode: true,
      womenOwned: true,
      ethnicMinorityOwned: true,
      workforce: true,
      agencyId: true,
      commune: { select: { id: true, name: true, validTo: true, difficultArea: true, ethnicMinority: true } },
    },
  });
  if (!e) throw new NotFoundError(libText("errors.theEstablishmentWasNotFound"));
  return {
    id: e.id,
    name: e.name,
    agencyId: e.agencyId,
    kind: e.kind,
    industryCode: e.industryCode,
    communeId: e.commune?.id ?? null,
    communeName: e.commune?.name ?? null,
    communeValidTo: e.commune?.validTo ?? null,
    difficultArea: e.commune?.difficultArea ?? false,
    ethnicMinorityArea: e.commune?.ethnicMinority ?? false,
    womenOwned: e.womenOwned,
    ethnicMinorityOwned: e.ethnicMinorityOwned,
    workforce: e.workforce,
  };
}
