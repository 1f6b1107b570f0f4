import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { toSearchText } from "@/lib/text";

/** Beyond this many agencies the keys would make too long an OR: the plain condition alone is used. */
const MAX_AGENCIES = 200;

/**
 * The search condition of the staff queue (issue 21), on a "Proposal" row aliased `p`: the typed text inside the đề
 * án's search text (normalised: no accents, lower case) or inside its code (any case), found through the search keys of
 * the actor's agencies (`proposalScopeWithAgencies`; none for an appraiser, whose few đề án are read through their own
 * scope) in "ProposalSearch" (migration 20261204184721_proposal_search_keys), so that a province's search reads only
 * its own agencies' entries. The keys of the typed text are computed in the statement by the database's own
 * kc_search_keys, the function its triggers use (immutable: the planner computes them once, before choosing the GIN
 * index); `searchText` LIKE / `code` ILIKE stay as the exact condition, with `%`, `_` and `\` taken literally. A text
 * with no run of three letters or digits has no keys: the exact condition alone is used.
 */
export function searchSql(agencies: string[] | null, typed: string): Prisma.Sql {
  const q = toSearchText(typed);
  const like = (s: string) => `%${s.replace(/[\\%_]/g, "\\$&")}%`;
  const exact = Prisma.sql`(p."searchText" LIKE ${like(q)} OR p.code ILIKE ${like(typed.trim())})`;
  if (!agencies?.length || agencies.length > MAX_AGENCIES || !hasSearchKeys(q)) return exact;
  const keys = Prisma.join(
    agencies.map((a) => Prisma.sql`s.keys @> kc_search_keys(${a}, ${q})`),
    " OR ",
  );
  return Prisma.sql`(EXISTS (SELECT 1 FROM "ProposalSearch" s WHERE s."proposalId" = p.id AND (${keys})) AND ${exact})`;
}

/** Whether kc_search_keys gives the normalised text any key: a run of three letters or digits. */
function hasSearchKeys(normalised: string): boolean {
  return normalised.split(/[^a-z0-9]+/).some((w) => w.length >= 3);
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
