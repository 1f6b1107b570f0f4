import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

/** Beyond this many agencies the keys would make too long an OR: the plain condition alone is used. */
const MAX_AGENCIES = 200;

/** The agencies whose đề án the queue covers, when its scope names them (staff, leaders and admins). */
function searchAgencies(scope: Prisma.ProposalWhereInput): string[] | null {
  const inList = scope.agencyId;
  if (typeof inList === "string") return [inList];
  if (inList && typeof inList === "object" && "in" in inList && Array.isArray(inList.in)) return inList.in;
  return null; // an appraiser's own assignments: a few đề án, read through their own scope
}

/**
 * The search condition of the staff queue (issue 21): the normalised text `q` inside the đề án's search text, found
 * through the search keys of the actor's agencies ("ProposalSearch", migration 20261204184721_proposal_search_keys) so
 * that a province's search reads only its own agencies' entries. The keys are computed by the database's own
 * kc_search_keys (the function the triggers use); `searchText` LIKE stays as the exact condition. A text with no run of
 * three letters or digits has no keys: the plain condition is used.
 */
export async function searchTextCondition(
  tx: Tx,
  scope: Prisma.ProposalWhereInput,
  q: string,
): Promise<Prisma.ProposalWhereInput> {
  const plain: Prisma.ProposalWhereInput = { searchText: { contains: q } };
  const agencies = searchAgencies(scope);
  if (!agencies?.length || agencies.length > MAX_AGENCIES) return plain;
  const rows = await tx.$queryRaw<Array<{ keys: bigint[] }>>`
    SELECT kc_search_keys(a, ${q}) AS keys FROM unnest(${agencies}::text[]) AS a`;
  if (!rows.length || rows.some((r) => r.keys.length === 0)) return plain;
  return {
    AND: [{ search: { is: { OR: rows.map((r) => ({ keys: { hasEvery: r.keys } })) } } }, plain],
  };
}
