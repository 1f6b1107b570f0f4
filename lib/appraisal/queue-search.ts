import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { toSearchText } from "@/lib/text";

/** Beyond this many agencies the keys would make too long an OR: the plain condition alone is used. */
const MAX_AGENCIES = 200;

/**
 * The search condition of the staff queue (issue 21): the typed text inside the đề án's search text (normalised: no
 * accents, lower case) or inside its code (any case), found through the search keys of the actor's agencies
 * (`proposalScopeWithAgencies`; none for an appraiser, whose few đề án are read through their own scope) in
 * "ProposalSearch" (migration 20261204184721_proposal_search_keys), so that a province's search reads only its own
 * agencies' entries. The keys (of the text and the code) are computed by the database's own kc_search_keys, the
 * function its triggers use; `searchText` LIKE / `code` ILIKE stay as the exact condition. A text with no run of three
 * letters or digits has no keys: the exact condition alone is used.
 */
export async function searchCondition(
  tx: Tx,
  agencies: string[] | null,
  typed: string,
): Promise<Prisma.ProposalWhereInput> {
  const q = toSearchText(typed);
  const exact: Prisma.ProposalWhereInput = {
    OR: [{ searchText: { contains: q } }, { code: { contains: typed.trim(), mode: "insensitive" } }],
  };
  if (!agencies?.length || agencies.length > MAX_AGENCIES) return exact;
  const rows = await tx.$queryRaw<Array<{ keys: bigint[] }>>`
    SELECT kc_search_keys(a, ${q}) AS keys FROM unnest(${agencies}::text[]) AS a`;
  if (!rows.length || rows.some((r) => r.keys.length === 0)) return exact;
  return { AND: [{ searchKeys: { some: { OR: rows.map((r) => ({ keys: { hasEvery: r.keys } })) } } }, exact] };
}

/**
 * A read of the queue's search with no parallel plan. The search reads one province's candidates (a few thousand rows
 * at most); on the national data set the planner still picks a parallel scan for it because the whole table is large,
 * and starting the workers costs this 2-core machine more (~40 ms) than they save: the p95 of one province's search
 * was twice the province-sized data set's for the same rows (BENCHMARKS.md, issue 21). Turning parallel plans off
 * for the whole table slowed the drill-down, which needs them; so it is off here only, for this transaction.
 */
export function searchRead<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`;
    return fn(tx);
  });
}
