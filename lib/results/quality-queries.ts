import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";
import { provinceWithPredecessors } from "@/lib/territory/scope";

// The data-quality page (issue 19): results of the actor's provinces that broke a rule without being refused
// (lib/metrics/result-quality.ts), grouped by implementing unit (the agency), newest first.

export type FlaggedResult = {
  id: string;
  indicator: string;
  unit: string;
  value: string;
  year: number | null;
  flags: string[];
  note: string | null;
  proposalId: string | null;
  proposalCode: string | null;
  proposalTitle: string | null;
  source: string | null;
};

export async function listFlaggedResults(actor: Actor): Promise<Array<{ unit: string; rows: FlaggedResult[] }>> {
  if (!can(actor.role, "dashboard.view")) throw new ForbiddenError();
  const db = await getDb();
  // The ministry (and an account without a province) sees every province; others their own and its predecessors.
  const provinceIds =
    actor.role === "MINISTRY_VIEWER" || !actor.provinceId
      ? null
      : (await provinceWithPredecessors(db, { id: actor.provinceId })).ids;
  const rows = await db.result.findMany({
    where: { ...(provinceIds ? { provinceId: { in: provinceIds } } : {}), NOT: { qualityFlags: { isEmpty: true } } },
    orderBy: { createdAt: "desc" },
    take: 1000,
    select: {
      id: true,
      value: true,
      year: true,
      qualityFlags: true,
      qualityNote: true,
      source: true,
      indicator: { select: { name: true, unit: true } },
      agency: { select: { name: true } },
      proposal: { select: { id: true, code: true, title: true, implementingUnit: true } },
    },
  });
  const groups = new Map<string, FlaggedResult[]>();
  for (const r of rows) {
    const unit = r.proposal?.implementingUnit ?? r.agency?.name ?? "—";
    const list = groups.get(unit) ?? groups.set(unit, []).get(unit)!;
    list.push({
      id: r.id,
      indicator: r.indicator.name,
      unit: r.indicator.unit,
      value: r.value.toString(),
      year: r.year,
      flags: r.qualityFlags,
      note: r.qualityNote,
      proposalId: r.proposal?.id ?? null,
      proposalCode: r.proposal?.code ?? null,
      proposalTitle: r.proposal?.title ?? null,
      source: r.source,
    });
  }
  return [...groups].map(([unit, list]) => ({ unit, rows: list })).sort((a, b) => b.rows.length - a.rows.length);
}
