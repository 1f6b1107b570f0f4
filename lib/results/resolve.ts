import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { parseIndicatorValue } from "@/lib/results/value";
import { libText } from "@/lib/i18n/lib-token";

// Turns the codes and text of a form into rows of the catalogue, each failure worded next to its field.

export async function resolveIndicator(tx: Tx, code: string, valueText: string) {
  const ind = await tx.indicator.findUnique({
    where: { code },
    select: { id: true, code: true, name: true, isMoney: true, valueScale: true },
  });
  if (!ind) throw new ValidationError({ indicatorCode: [libText("validation.theIndicatorIsNotIn")] });
  const parsed = parseIndicatorValue(valueText, ind);
  if (!parsed.ok) throw new ValidationError({ value: [parsed.message] });
  return { indicator: ind, value: parsed.value };
}

/** The activity category in force in that year (ND 45/2012 until 14/10/2025, ND 235/2025 after). */
export async function resolveCategory(tx: Tx, code: string | null, year: number): Promise<string | null> {
  if (!code) return null;
  const row = await tx.activityCategory.findFirst({
    where: { code, validFrom: { lte: new Date(Date.UTC(year, 11, 31)) } },
    orderBy: { validFrom: "desc" },
    select: { id: true },
  });
  if (!row) throw new ValidationError({ categoryCode: [libText("validation.theActivityIsNotIn")] });
  return row.id;
}

/** A commune (or historic district) of the actor's provinces. */
export async function resolveCommuneInScope(
  tx: Tx,
  communeId: string | null,
  provinceIds: string[],
): Promise<string | null> {
  if (!communeId) return null;
  const row = await tx.adminUnit.findFirst({
    where: { id: communeId, level: { in: ["COMMUNE", "DISTRICT"] }, parentId: { in: provinceIds } },
    select: { id: true },
  });
  if (!row) throw new ValidationError({ communeId: [libText("validation.chooseACommuneOrWard")] });
  return row.id;
}
