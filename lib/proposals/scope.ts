import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { Prisma as Sql, type Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

const NOTHING: Prisma.ProposalWhereInput = { id: "__none__" };

/**
 * Which đề án an actor may see: an enterprise its own establishment's; an appraiser those assigned to
 * them; staff, leaders and admins their province's agencies'; the ministry viewer all (read-only).
 */
export function proposalScope(actor: Actor): Prisma.ProposalWhereInput {
  switch (actor.role) {
    case "ENTERPRISE":
      return actor.establishmentId ? { establishmentId: actor.establishmentId } : NOTHING;
    case "APPRAISER":
      return { assignments: { some: { appraiserId: actor.id } } };
    case "STAFF":
    case "LEADER":
    case "ADMIN":
      if (actor.provinceId)
        return { agency: { province: { OR: [{ id: actor.provinceId }, { successorId: actor.provinceId }] } } };
      return actor.agencyId ? { agencyId: actor.agencyId } : NOTHING;
    case "MINISTRY_VIEWER":
      return {};
  }
}

/**
 * The same scope with a province's agencies resolved to their ids first (one small read), so that a search starts
 * from `agencyId = ANY(…)` instead of joining every matching đề án of the country to its agency and province (issue
 * 21). `agencyIds` names the agencies the scope is made of (a province's, or an officer's own agency), null when the
 * scope is not by agency (an enterprise, an appraiser, the ministry): the queue's search keys are per agency
 * (lib/appraisal/queue-search.ts).
 */
export async function proposalScopeWithAgencies(
  tx: Tx,
  actor: Actor,
): Promise<{ where: Prisma.ProposalWhereInput; agencyIds: string[] | null }> {
  const internal = actor.role === "STAFF" || actor.role === "LEADER" || actor.role === "ADMIN";
  if (!internal || !actor.provinceId)
    return { where: proposalScope(actor), agencyIds: internal && actor.agencyId ? [actor.agencyId] : null };
  const agencies = await tx.agency.findMany({
    where: { province: { OR: [{ id: actor.provinceId }, { successorId: actor.provinceId }] } },
    select: { id: true },
  });
  const agencyIds = agencies.map((a) => a.id);
  return { where: agencyIds.length ? { agencyId: { in: agencyIds } } : NOTHING, agencyIds };
}

/** Loads the đề án if the actor may see it; otherwise answers as if it did not exist. */
export async function findProposalInScope<S extends Prisma.ProposalSelect>(
  tx: Tx,
  actor: Actor,
  id: string,
  select: S,
) {
  const row = await tx.proposal.findFirst({ where: { AND: [{ id }, proposalScope(actor)] }, select });
  if (!row) throw new NotFoundError();
  return row;
}

/** Agencies an internal actor acts for (their own, plus the other agencies of their province). */
export function agencyScope(actor: Actor): Prisma.AgencyWhereInput {
  if (actor.role === "MINISTRY_VIEWER") return {};
  if (actor.provinceId) return { province: { OR: [{ id: actor.provinceId }, { successorId: actor.provinceId }] } };
  return actor.agencyId ? { id: actor.agencyId } : { id: "__none__" };
}

/**
 * The same scope as `proposalScope`, as a SQL condition on a "Proposal" row aliased `p` (joined to its "Agency" as
 * `a` where the role needs it: staff, leaders and admins), for aggregates over the whole scope (issue 21: totals are
 * no longer summed over the first page's ids). `tests/integration/scope-sql.test.ts` checks both give the same rows.
 */
export function proposalScopeSql(actor: Actor): Prisma.Sql {
  switch (actor.role) {
    case "ENTERPRISE":
      return actor.establishmentId ? Sql.sql`p."establishmentId" = ${actor.establishmentId}` : Sql.sql`false`;
    case "APPRAISER":
      return Sql.sql`EXISTS (SELECT 1 FROM "Assignment" s WHERE s."proposalId" = p.id AND s."appraiserId" = ${actor.id})`;
    case "STAFF":
    case "LEADER":
    case "ADMIN":
      if (actor.provinceId)
        return Sql.sql`a."provinceId" IN (SELECT u.id FROM "AdminUnit" u WHERE u.id = ${actor.provinceId} OR u."successorId" = ${actor.provinceId})`;
      return actor.agencyId ? Sql.sql`p."agencyId" = ${actor.agencyId}` : Sql.sql`false`;
    case "MINISTRY_VIEWER":
      return Sql.sql`true`;
  }
}
