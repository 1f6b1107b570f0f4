import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { agencyScope } from "@/lib/proposals/scope";
import { provinceWithPredecessors } from "@/lib/territory/scope";
import { toSearchText } from "@/lib/text";
import { libText } from "@/lib/i18n/lib-token";

// Everything the row checks look up, read once per import (a few queries, whatever the number of rows).
export type ImportContext = {
  actorAgencyId: string;
  /** Current communes of the actor's province, by code: where a new establishment may be registered. */
  currentCommunes: Map<string, string>;
  /** Communes and historic districts of the province and its predecessors: where a past đề án took place. */
  places: Map<string, string>;
  activities: Map<string, Array<{ id: string; validFrom: Date; validTo: Date | null }>>;
  agencies: Map<string, string>;
  /** Establishments already on the portal, by tax code (any province: a tax code is unique nationwide). */
  taxCodes: Map<string, { id: string; inScope: boolean; name: string }>;
  /** Establishments of the actor's province, by accent-free name. */
  namesInScope: Map<string, string>;
  proposalCodes: Set<string>;
};

export async function loadImportContext(
  tx: Tx,
  actor: Actor,
  wanted: { taxCodes: string[]; proposalCodes: string[]; establishmentNames?: string[] },
): Promise<ImportContext> {
  if (!actor.provinceId || !actor.agencyId) throw new ForbiddenError(libText("errors.theAccountIsNotLinked"));
  const provinces = await provinceWithPredecessors(tx, { id: actor.provinceId });
  const names = [...new Set((wanted.establishmentNames ?? []).map((n) => toSearchText(n)).filter(Boolean))];
  const [units, activities, agencies, taxRows, scoped, codes] = await Promise.all([
    tx.adminUnit.findMany({
      where: { parentId: { in: provinces.ids }, level: { in: ["COMMUNE", "DISTRICT"] } },
      select: { id: true, code: true, parentId: true, validTo: true, level: true },
    }),
    tx.activityCategory.findMany({ select: { id: true, code: true, validFrom: true, validTo: true } }),
    tx.agency.findMany({ where: agencyScope(actor), select: { id: true, code: true } }),
    tx.establishment.findMany({
      where: { taxCode: { in: wanted.taxCodes } },
      select: { id: true, taxCode: true, name: true, agency: { select: { provinceId: true } } },
    }),
    // Only establishments whose normalised name is one the file names (searchText starts with it; trigram index),
    // not every establishment of the province (issue 21: lookups by key).
    names.length
      ? tx.establishment.findMany({
          where: {
            agency: { provinceId: { in: provinces.ids } },
            OR: names.map((n) => ({ searchText: { startsWith: n } })),
          },
          select: { id: true, name: true },
        })
      : Promise.resolve([]),
    tx.proposal.findMany({ where: { code: { in: wanted.proposalCodes } }, select: { code: true } }),
  ]);
  const byCode = new Map<string, Array<{ id: string; validFrom: Date; validTo: Date | null }>>();
  for (const a of activities)
    byCode.set(a.code, [...(byCode.get(a.code) ?? []), { id: a.id, validFrom: a.validFrom, validTo: a.validTo }]);
  return {
    actorAgencyId: actor.agencyId,
    currentCommunes: new Map(
      units
        .filter((u) => u.level === "COMMUNE" && u.validTo === null && u.parentId === actor.provinceId)
        .map((u) => [u.code.toUpperCase(), u.id]),
    ),
    places: new Map(units.map((u) => [u.code.toUpperCase(), u.id])),
    activities: byCode,
    agencies: new Map(agencies.map((a) => [a.code, a.id])),
    taxCodes: new Map(
      taxRows
        .filter((t) => t.taxCode)
        .map((t) => [
          t.taxCode as string,
          { id: t.id, name: t.name, inScope: provinces.ids.includes(t.agency?.provinceId ?? "") },
        ]),
    ),
    namesInScope: new Map(
      scoped.filter((e) => names.includes(toSearchText(e.name))).map((e) => [toSearchText(e.name), e.id]),
    ),
    proposalCodes: new Set(codes.map((c) => c.code).filter((c): c is string => Boolean(c))),
  };
}
