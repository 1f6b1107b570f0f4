// A database that goes away, as lib/ sees it: the probe and the gate the portal's server asks, and the
// error the real Prisma client raises (classified as "unavailable", so it becomes a 503, not a 500). The
// database "goes away" as in production incidents: its connections are terminated and it refuses new
// ones (ALLOW_CONNECTIONS false). The same outage over HTTP against the built server:
// tests/e2e/resilience-outage.spec.ts.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseGate, probeDatabase, resetDatabaseProbe } from "@/lib/resilience/db-probe";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { dbState, reportDatabaseError } from "@/lib/resilience/db-state";
import { hitRateLimit, pruneRateLimits, PRUNE_BATCH, PRUNE_EVERY } from "@/lib/applications/rate-limit";
import {
  createPgliteTestDb,
  createPostgresTestDb,
  describeOnPostgres,
  TEST_DATABASE_URL,
  type PgliteTestDb,
  type PostgresTestDb,
} from "@/tests/helpers/test-db";

let t: PostgresTestDb;
let name: string;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const cut = async () => {
  await admin(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
  await admin(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
  );
};
const restore = () => admin(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);

describeOnPostgres("Database outage", () => {
  beforeAll(async () => {
    t = await createPostgresTestDb();
    name = new URL(t.url).pathname.slice(1);
  });
  afterAll(async () => {
    await restore().catch(() => {});
    resetDatabaseProbe();
    await t?.close();
  });

  it("the gate lets requests through without probing while nothing went wrong", async () => {
    resetDatabaseProbe();
    expect(databaseGate(t.url)).toBe(false);
    expect(dbState().checkedAt).toBe(0);
  });

  it("a reported connection error makes the gate probe; a lost database is then answered at once, and found again", async () => {
    resetDatabaseProbe();
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: t.url }) });
    await prisma.user.count();
    await cut();
    // The error the application really gets is recognised as "database unavailable".
    const err = await prisma.user.count().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    expect(isDatabaseUnavailable(err)).toBe(true);
    await prisma.$disconnect().catch(() => {});

    reportDatabaseError();
    expect(await databaseGate(t.url)).toBe(true);
    // Known down: answered without waiting, re-probed in the background at most every RECHECK_MS.
    expect(databaseGate(t.url)).toBe(true);

    await restore();
    expect(await probeDatabase(t.url)).toBe(false);
    expect(databaseGate(t.url)).toBe(false);
  });

  it("a server that is not listening at all counts as down; the embedded database is never probed", async () => {
    resetDatabaseProbe();
    expect(await probeDatabase("postgresql://postgres@127.0.0.1:1/none")).toBe(true);
    resetDatabaseProbe();
    expect(await probeDatabase("pglite:./data/x")).toBe(false);
    expect(databaseGate("pglite:./data/x")).toBe(false);
  });
});

describe("Rate-limit rows expire", () => {
  let db: PgliteTestDb;
  beforeAll(async () => {
    db = await createPgliteTestDb();
  });
  afterAll(() => db?.close());

  it("deletes expired windows of the caller's scope only, at most PRUNE_BATCH at a time", async () => {
    const now = new Date("2026-12-03T08:00:00Z");
    const old = new Date(now.getTime() - 10 * 60_000);
    const rows = (prefix: string, n: number, at: Date) =>
      Array.from({ length: n }, (_, i) => ({ key: `${prefix}:198.51.100.${i}-${prefix}`, windowStart: at, count: 3 }));
    await db.prisma.rateLimitBucket.createMany({
      data: [...rows("public-api", PRUNE_BATCH + 20, old), ...rows("lookup", 5, old), ...rows("public-api", 0, now)],
    });
    await db.prisma.rateLimitBucket.create({ data: { key: "public-api:fresh", windowStart: now, count: 1 } });
    expect(await pruneRateLimits(db.prisma, "public-api:203.0.113.9", 60_000, now)).toBe(PRUNE_BATCH);
    expect(await pruneRateLimits(db.prisma, "public-api:203.0.113.9", 60_000, now)).toBe(20);
    expect(await db.prisma.rateLimitBucket.count({ where: { key: { startsWith: "lookup:" } } })).toBe(5);
    expect(await db.prisma.rateLimitBucket.findUnique({ where: { key: "public-api:fresh" } })).not.toBeNull();
  });

  it("hitRateLimit prunes by itself every PRUNE_EVERY hits", async () => {
    const now = new Date("2026-12-03T09:00:00Z");
    await db.prisma.rateLimitBucket.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({
        key: `scope-x:old-${i}`,
        windowStart: new Date(now.getTime() - 3_600_000),
        count: 1,
      })),
    });
    for (let i = 0; i < PRUNE_EVERY; i++) await hitRateLimit(db.prisma, `scope-x:client-${i % 3}`, 100, 60_000, now);
    expect(await db.prisma.rateLimitBucket.count({ where: { key: { startsWith: "scope-x:old-" } } })).toBe(0);
    expect(await db.prisma.rateLimitBucket.count({ where: { key: { startsWith: "scope-x:client-" } } })).toBe(3);
  });
});
