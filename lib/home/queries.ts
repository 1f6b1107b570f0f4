import "server-only";
import { dbRead } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { proposalScope, proposalScopeSql } from "@/lib/proposals/scope";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

export type ActivityDto = { code: string; contentNo: number; name: string; nameEn: string | null; article: string };

/** The activity contents open for applications today (rules in force today). */
export async function listOpenActivities(today = new Date()): Promise<ActivityDto[]> {
  const db = await dbRead();
  return db.activityCategory.findMany({
    where: { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] },
    select: { code: true, contentNo: true, name: true, nameEn: true, article: true },
    orderBy: [{ contentNo: "asc" }, { code: "asc" }],
  });
}

export type TargetDto = {
  id: string;
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  isMoney: boolean;
  value: string;
  atLeast: boolean;
  approximate: boolean;
  rawText: string | null;
  source: string;
  note: string | null;
  period: string;
  province: string | null;
};

/** Targets of a programme period, with the article each figure comes from. */
export async function listTargets(actor: Actor, startYear: number, endYear: number): Promise<TargetDto[]> {
  assertCan(actor, "dashboard.view");
  const db = await dbRead();
  const rows = await db.target.findMany({
    where: { startYear, endYear },
    select: {
      id: true,
      value: true,
      atLeast: true,
      approximate: true,
      rawText: true,
      source: true,
      note: true,
      startYear: true,
      endYear: true,
      indicator: { select: { code: true, name: true, unit: true, isMoney: true, position: true } },
      province: { select: { name: true } },
    },
    orderBy: { indicator: { position: "asc" } },
  });
  return rows.map((r) => ({
    id: r.id,
    indicatorCode: r.indicator.code,
    indicatorName: r.indicator.name,
    unit: r.indicator.unit,
    isMoney: r.indicator.isMoney,
    value: r.value.toString(),
    atLeast: r.atLeast,
    approximate: r.approximate,
    rawText: r.rawText,
    source: r.source,
    note: r.note,
    period: `${r.startYear}–${r.endYear}`,
    province: r.province?.name ?? null,
  }));
}

/**
 * Count of đề án per status within what the actor may see. Staff, leaders, admins and the ministry read the
 * "ProposalStatusCount" roll-up (kept by triggers; issue 21) under proposalScopeSql, the SQL twin of proposalScope;
 * an enterprise or an appraiser, whose scope is a handful of đề án, counts its rows.
 */
export async function countProposalsByStatus(actor: Actor): Promise<Partial<Record<ProposalStatus, number>>> {
  const db = await dbRead();
  if (actor.role === "ENTERPRISE" || actor.role === "APPRAISER") {
    const groups = await db.proposal.groupBy({ by: ["status"], where: proposalScope(actor), _count: { _all: true } });
    return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  }
  // proposalScopeSql's condition for these roles reads only the đề án's agency (p) and its province (a).
  const rows = await db.$queryRaw<Array<{ status: ProposalStatus; n: number }>>`
    SELECT p.status::text AS status, SUM(p.n)::int AS n
    FROM "ProposalStatusCount" p JOIN "Agency" a ON a.id = p."agencyId"
    WHERE ${proposalScopeSql(actor)} GROUP BY 1 HAVING SUM(p.n) <> 0`;
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
