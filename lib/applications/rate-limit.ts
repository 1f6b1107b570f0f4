import type { Db } from "@/lib/db";

/**
 * Fixed-window rate limit kept in the database (RateLimitBucket), so it holds across app instances. One
 * atomic upsert both opens a new window when the old one expired and counts this hit. Returns true when the
 * caller is still within the limit.
 */
export async function hitRateLimit(db: Db, key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const windowOpenedAfter = new Date(now.getTime() - windowMs);
  const rows = await db.$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowOpenedAfter} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowOpenedAfter} THEN ${now} ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  return (rows[0]?.count ?? Number.MAX_SAFE_INTEGER) <= limit;
}
