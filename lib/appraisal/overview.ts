import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { proposalScope, proposalScopeSql } from "@/lib/proposals/scope";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { overdueSql } from "@/lib/appraisal/overdue-sql";

/** The staff home: how many dossiers sit in each status, and how many are overdue. */
export async function getStaffOverview(actor: Actor, now = new Date()) {
  assertCan(actor, "proposal.viewAgency");
  const db = await getDb();
  const scope = proposalScope(actor);
  const groups = await db.proposal.groupBy({
    by: ["status"],
    where: { AND: [scope, { status: { not: "DRAFT" } }] },
    _count: { _all: true },
  });
  const [{ overdue }] = await db.$queryRaw<[{ overdue: number }]>`
    SELECT count(*)::int AS overdue FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId"
    WHERE ${proposalScopeSql(actor)} AND ${overdueSql(now)}`;
  const unassigned = await db.proposal.count({
    where: { AND: [scope, { status: "UNDER_APPRAISAL" }, { assignments: { none: { conflict: { not: "RECUSED" } } } }] },
  });
  const counts = (Object.keys(STATUS_INFO) as ProposalStatus[])
    .filter((s) => s !== "DRAFT")
    .map((s) => ({
      status: s,
      label: STATUS_INFO[s].label.vi,
      tone: STATUS_INFO[s].tone,
      count: groups.find((g) => g.status === s)?._count._all ?? 0,
    }));
  return { counts, overdue, unassigned };
}
