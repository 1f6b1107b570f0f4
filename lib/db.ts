import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, isPostgresUrl, pgliteDataDir } from "@/lib/env";

// The one Prisma client. PostgreSQL when DATABASE_URL says so; otherwise embedded PGlite, which is
// single-connection and owned by this one process.
export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { __kcDb?: Promise<PrismaClient>; __kcDbOverride?: PrismaClient; __kcPglite?: unknown };

/**
 * Pool settings for PostgreSQL. JIT compilation is off for the portal's sessions: it is meant for
 * long analytic scans, and on the dashboard's statements it cost more than the query itself (0.96 s of
 * a 1.46 s national statement; BENCHMARKS.md).
 */
export function pgPoolConfig(connectionString: string, max = 20) {
  return { connectionString, max, options: "-c jit=off" };
}

async function createClient(): Promise<PrismaClient> {
  const url = env().DATABASE_URL;
  if (isPostgresUrl(url)) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(url)) });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const dir = pgliteDataDir(url);
  if (dir) mkdirSync(dirname(dir), { recursive: true });
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  globalForDb.__kcPglite = pglite; // the job queue (lib/jobs) shares this one connection
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

export function getDb(): Promise<PrismaClient> {
  if (globalForDb.__kcDbOverride) return Promise.resolve(globalForDb.__kcDbOverride);
  globalForDb.__kcDb ??= createClient();
  return globalForDb.__kcDb;
}

/** The embedded PGlite behind the Prisma client (undefined on PostgreSQL): lib/jobs runs pg-boss on it. */
export async function getPglite(): Promise<import("@electric-sql/pglite").PGlite | undefined> {
  if (globalForDb.__kcDbOverride) return undefined;
  await getDb();
  return globalForDb.__kcPglite as import("@electric-sql/pglite").PGlite | undefined;
}

/** Integration tests run the real data layer on their own PGlite or PostgreSQL database. */
export function setDbForTesting(client: PrismaClient | undefined): void {
  globalForDb.__kcDbOverride = client;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
