import type { Db } from "@/lib/db";

/** Every PRUNE_EVERY-th hit in a process also deletes up to PRUNE_BATCH expired windows of its own scope. */
export const PRUNE_EVERY = 50;
export const PRUNE_BATCH = 500;
let hits = 0;

/**
 * Fixed-window rate limit kept in the database (RateLimitBucket), so it holds across app instances. One
 * atomic upsert both opens a new window when the old one expired and counts this hit. Returns true when the
 * caller is still within the limit. Keys are "<scope>:<client>"; the client is lib/http/client-ip.ts's
 * address, so one client is one row per scope — and rows whose window is over are deleted now and then
 * (bounded), so the table does not grow with every address ever seen.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowMs: number,
  now = new Date(),
): Promise<boolean> {
  const windowOpenedAfter = new Date(now.getTime() - windowMs);
  const rows = await db.$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowOpenedAfter} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowOpenedAfter} THEN ${now} ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  hits += 1;
  if (hits % PRUNE_EVERY === 0) await pruneRateLimits(db, key, windowMs, now);
  return (rows[0]?.count ?? Number.MAX_SAFE_INTEGER) <= limit;
}

/**
 * Deletes up to PRUNE_BATCH rows of `key`'s scope (the part before the first ':') whose window ended
 * before `now`; a row whose window is over counts exactly like no row at all, so nothing is lost.
 * Returns how many went. Keys without a scope are left alone (their window length is unknown).
 */
export async function pruneRateLimits(db: Db, key: string, windowMs: number, now = new Date()): Promise<number> {
  const colon = key.indexOf(":");
  if (colon <= 0) return 0;
  const scope = `${key.slice(0, colon + 1).replace(/[\\%_]/g, "\\$&")}%`;
  const expired = new Date(now.getTime() - windowMs);
  return db.$executeRaw`
    DELETE FROM "RateLimitBucket" WHERE "key" IN (
      SELECT "key" FROM "RateLimitBucket" WHERE "key" LIKE ${scope} AND "windowStart" <= ${expired} LIMIT ${PRUNE_BATCH}
    )`;
}
