import "server-only";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Pool } from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env, isPostgresUrl, pgliteDataDir } from "@/lib/env";
import { currentContext } from "@/lib/observability/context";
import { reportDatabaseError } from "@/lib/resilience/db-state";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";

// The one Prisma client. PostgreSQL when DATABASE_URL says so; otherwise embedded PGlite, which is
// single-connection and owned by this one process. With DATABASE_REPLICA_URL, `dbRead()` hands
// replica-eligible reads (dashboards, public pages, open data) to a streaming replica.
export type Db = PrismaClient;

type Pools = { primary?: Pool; replica?: Pool };
const globalForDb = globalThis as unknown as {
  __kcDb?: Promise<PrismaClient>;
  __kcDbOverride?: PrismaClient;
  __kcReplica?: Promise<PrismaClient>;
  __kcReplicaOverride?: PrismaClient;
  __kcPools?: Pools;
  __kcPglite?: unknown;
};
const pools: Pools = (globalForDb.__kcPools ??= {});
/** The pg pool behind a PostgreSQL client (and behind its write-marking wrapper): see queryPrepared. */
const poolOfClient = new WeakMap<object, Pool>();

/** Tells queryPrepared which pool a PostgreSQL client of a test or a benchmark runs on. */
export function attachPool(client: PrismaClient, pool: Pool): PrismaClient {
  poolOfClient.set(client, pool);
  return client;
}

/**
 * Pool settings for PostgreSQL. JIT compilation is off for the portal's sessions: it is meant for
 * long analytic scans, and on the dashboard's statements it cost more than the query itself (0.96 s of
 * a 1.46 s national statement; BENCHMARKS.md). work_mem 16 MB (PostgreSQL's default is 4 MB): the dashboard's distinct
 * counts over a country's committed đề án (~50,000 rows) sorted on disk with 4 MB (issue 21).
 */
export function pgPoolConfig(connectionString: string, max = 20) {
  // A database host that drops packets would otherwise leave a connect() waiting forever (pg's default).
  return { connectionString, max, options: "-c jit=off -c work_mem=16MB", connectionTimeoutMillis: 5_000 };
}

const WRITE_OPS =
  /^(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|\$executeRaw|\$executeRawUnsafe)$/;
// A raw statement is a read when it is a SELECT, or a WITH that contains no data-modifying statement.
const isReadSql = (sql: string) =>
  /^\s*\(?\s*select\b/i.test(sql) || (/^\s*with\b/i.test(sql) && !/\b(insert|update|delete|merge)\b/i.test(sql));

function rawSql(args: unknown): string {
  if (Array.isArray(args))
    return typeof args[0] === "string" ? args[0] : ((args[0] as { strings?: string[] })?.strings?.join(" ") ?? "");
  return (
    (args as { sql?: string; strings?: string[] })?.sql ?? (args as { strings?: string[] })?.strings?.join(" ") ?? ""
  );
}

/**
 * Marks the current request as having written, so its later reads (and, through the kc_lw cookie the HTTP
 * hook sets, the same browser's reads for REPLICA_STICKY_SECONDS) go to the primary: a user never sees
 * their own write missing because the replica lags.
 */
function markWrites(client: PrismaClient): PrismaClient {
  const marked = markWritesOf(client);
  const pool = poolOfClient.get(client);
  if (pool) poolOfClient.set(marked, pool);
  return marked;
}

function markWritesOf(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const ctx = currentContext();
        // A rate-limit counter is not the user's data: it must not pin the open-data API to the primary.
        if (ctx && !ctx.wrote && model !== "RateLimitBucket") {
          const isRawQuery = operation === "$queryRaw" || operation === "$queryRawUnsafe";
          const sql = isRawQuery ? rawSql(args) : "";
          if (WRITE_OPS.test(operation) || (isRawQuery && !isReadSql(sql) && !sql.includes('INTO "RateLimitBucket"')))
            ctx.wrote = true;
        }
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
}

async function createPg(url: string, role: keyof Pools): Promise<PrismaClient> {
  const { default: pg } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pool = new pg.Pool(pgPoolConfig(url));
  // An idle pooled connection that dies (server restarted, connections terminated) makes the portal's
  // server probe the database before the next request (lib/resilience/db-probe.ts).
  pool.on("error", () => reportDatabaseError());
  pools[role] = pool;
  return attachPool(new PrismaClient({ adapter: new PrismaPg(pool) }), pool);
}

async function createClient(): Promise<PrismaClient> {
  const url = env().DATABASE_URL;
  if (isPostgresUrl(url)) return markWrites(await createPg(url, "primary"));
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

/** True when this request, or this browser within REPLICA_STICKY_SECONDS, has written. */
export function mustReadPrimary(): boolean {
  const ctx = currentContext();
  if (!ctx) return false;
  if (ctx.wrote) return true;
  return ctx.lastWriteMs !== undefined && Date.now() - ctx.lastWriteMs < env().REPLICA_STICKY_SECONDS * 1000;
}

/**
 * The client for a replica-eligible read: the replica when one is configured and this request/browser has
 * not just written; the primary otherwise. Use only for reads that tolerate a second of lag for other
 * people's writes (dashboards, public pages, open data); never inside a transaction.
 */
export function dbRead(): Promise<PrismaClient> {
  const override = globalForDb.__kcReplicaOverride;
  const url = env().DATABASE_REPLICA_URL;
  if ((!override && !url) || mustReadPrimary()) return getDb();
  if (override) return Promise.resolve(override);
  globalForDb.__kcReplica ??= createPg(url!, "replica");
  return globalForDb.__kcReplica;
}

/** The embedded PGlite behind the Prisma client (undefined on PostgreSQL): lib/jobs runs pg-boss on it. */
export async function getPglite(): Promise<import("@electric-sql/pglite").PGlite | undefined> {
  if (globalForDb.__kcDbOverride) return undefined;
  await getDb();
  return globalForDb.__kcPglite as import("@electric-sql/pglite").PGlite | undefined;
}

/** Integration tests run the real data layer on their own PGlite or PostgreSQL database. */
export function setDbForTesting(client: PrismaClient | undefined): void {
  globalForDb.__kcDbOverride = client ? markWrites(client) : undefined;
}

/** The replica-routing test points dbRead at a real streaming replica. */
export function setReplicaForTesting(client: PrismaClient | undefined): void {
  globalForDb.__kcReplicaOverride = client;
}

/** Connection pool use for /api/metrics (PostgreSQL only; PGlite has one connection and no pool). */
export function poolStats(): Array<{ pool: string; total: number; idle: number; waiting: number }> {
  return (Object.entries(pools) as Array<[string, Pool | undefined]>).flatMap(([pool, p]) =>
    p ? [{ pool, total: p.totalCount, idle: p.idleCount, waiting: p.waitingCount }] : [],
  );
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * One statement run on its own (autocommit) as a named prepared statement of its text: on PostgreSQL each pooled
 * connection parses and plans it once and reuses the plan, where Prisma's queries are parsed and planned on every
 * call. Used on the hot path of a decision — its reads and its single write statement (issue 21 measured parsing and
 * planning at ~40 % of PostgreSQL's CPU in the decision benchmark). The name is a hash of the text, so each variant of
 * a statement (with or without a supplement request, notices for n recipients) is its own prepared statement. On
 * PGlite, inside an interactive transaction (a Tx has no pool of its own), or for a client without a known pool, it is
 * Prisma's `$queryRaw`. Columns come back as pg returns them (bigint as string, int4 as number): callers read text,
 * booleans and 32-bit integers only, which both paths return alike.
 */
export async function queryPrepared<T>(db: PrismaClient | Tx, sql: Prisma.Sql): Promise<T[]> {
  const pool = poolOfClient.get(db);
  if (!pool) return db.$queryRaw<T[]>(sql);
  const ctx = currentContext();
  if (ctx && !isReadSql(sql.text)) ctx.wrote = true;
  const name = `kc_${createHash("sha1").update(sql.text).digest("hex").slice(0, 24)}`;
  try {
    return (await pool.query({ name, text: sql.text, values: sql.values as unknown[] })).rows as T[];
  } catch (e) {
    if (isDatabaseUnavailable(e)) reportDatabaseError();
    throw e;
  }
}
