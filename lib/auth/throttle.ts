import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// Sign-in throttling (issue 22). Three fixed 15-minute windows of failures, counted by the database
// (INSERT … ON CONFLICT … RETURNING, so parallel guesses lose no count):
//   a:<address>               every failure from one client address (clientIp(), never a client header);
//   p:<account>|<address>     one account from one address — a guesser is stopped here, the owner elsewhere is not;
//   u:<account>               one account from every address — only attempts that passed the two above
//                             reach it, so one address adds at most the per-pair limit (no lockout by one address).
// An attempt is counted before the password is checked and given back when it succeeds.
export const WINDOW_MINUTES = 15;

export type ThrottleVerdict = { blocked: false; keys: string[] } | { blocked: "address" | "account"; keys: string[] };

async function bump(db: PrismaClient, key: string, now: Date): Promise<number> {
  const edge = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const rows = await db.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "SignInThrottle" ("key", "windowStart", "failures") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${edge} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${edge} THEN ${now} ELSE "SignInThrottle"."windowStart" END
    RETURNING "failures"`;
  return Number(rows[0]?.failures ?? 1);
}

/** Counts this attempt; says whether it must be refused without looking at the password. */
export async function countAttempt(
  db: PrismaClient,
  accountKey: string,
  address: string,
  now: Date,
): Promise<ThrottleVerdict> {
  const e = env();
  const keys = [`a:${address}`];
  if ((await bump(db, keys[0]!, now)) > e.SIGNIN_MAX_FAILURES_PER_ADDRESS) return { blocked: "address", keys };
  keys.push(`p:${accountKey}|${address}`);
  if ((await bump(db, keys[1]!, now)) > e.SIGNIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS) return { blocked: "account", keys };
  keys.push(`u:${accountKey}`);
  if ((await bump(db, keys[2]!, now)) > e.SIGNIN_MAX_FAILURES_PER_ACCOUNT) return { blocked: "account", keys };
  return { blocked: false, keys };
}

/** A successful sign-in gives its attempt back: the pair starts again, the other counters lose one. */
export async function forgiveAttempt(db: PrismaClient, keys: string[]): Promise<void> {
  const pair = keys.find((k) => k.startsWith("p:"));
  const others = keys.filter((k) => !k.startsWith("p:"));
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: pair ?? "__none__" } }),
    db.signInThrottle.updateMany({
      where: { key: { in: others }, failures: { gt: 0 } },
      data: { failures: { decrement: 1 } },
    }),
  ]);
}
