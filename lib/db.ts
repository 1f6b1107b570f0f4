import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, isPostgresUrl, pgliteDataDir } from "@/lib/env";
import { reportDatabaseError } from "@/lib/resilience/db-state";

// The one Prisma client. PostgreSQL when DATABASE_URL says so; otherwise embedded PGlite, which is
// single-connection and owned by this one process.
export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { __kcDb?: Promise<PrismaClient>; __kcDbOverride?: PrismaClient };

/**
 * Pool settings for PostgreSQL. JIT compilation is off for the portal's sessions: it is meant for
 * long analytic scans, and on the dashboard's statements it cost more than the query itself (0.96 s of
 * a 1.46 s national statement; BENCHMARKS.md).
 */
export function pgPoolConfig(connectionString: string, max = 20) {
  // A database host that drops packets would otherwise leave a connect() waiting forever (pg's default).
  return { connectionString, max, options: "-c jit=off", connectionTimeoutMillis: 5_000 };
}

async function createClient(): Promise<PrismaClient> {
  const url = env().DATABASE_URL;
  if (isPostgresUrl(url)) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    // An idle pooled connection that dies (server restarted, connections terminated) makes the portal's
    // server probe the database before the next request (lib/resilience/db-probe.ts).
    return new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(url), { onPoolError: () => reportDatabaseError() }) });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const dir = pgliteDataDir(url);
  if (dir) mkdirSync(dirname(dir), { recursive: true });
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

export function getDb(): Promise<PrismaClient> {
  if (globalForDb.__kcDbOverride) return Promise.resolve(globalForDb.__kcDbOverride);
  globalForDb.__kcDb ??= createClient();
  return globalForDb.__kcDb;
}

/** Integration tests run the real data layer on their own PGlite or PostgreSQL database. */
export function setDbForTesting(client: PrismaClient | undefined): void {
  globalForDb.__kcDbOverride = client;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
