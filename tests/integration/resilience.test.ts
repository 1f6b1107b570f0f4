// A database that goes away: the site answers 503 with a plain Vietnamese page, and serves again as soon
// as the database is back. The database "goes away" deterministically: its connections are terminated and
// it is renamed (then renamed back), on the PostgreSQL test server.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { databaseDown, resetDatabaseProbe } from "@/lib/resilience/db-probe";
import { outageResponse } from "@/lib/resilience/outage-page";
import { createPostgresTestDb, describeOnPostgres, TEST_DATABASE_URL, type PostgresTestDb } from "@/tests/helpers/test-db";

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

describeOnPostgres("Database outage", () => {
  beforeAll(async () => {
    t = await createPostgresTestDb();
    await t.prisma.$disconnect();
    name = new URL(t.url).pathname.slice(1);
  });
  afterAll(async () => {
    await admin(`ALTER DATABASE "${name}_away" RENAME TO "${name}"`).catch(() => {});
    await t?.close();
  });

  it("is up while the database answers", async () => {
    resetDatabaseProbe();
    expect(await databaseDown(t.url)).toBe(false);
  });

  it("answers 503 with a Vietnamese page while the database is away, and recovers when it returns", async () => {
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
    await admin(`ALTER DATABASE "${name}" RENAME TO "${name}_away"`);
    resetDatabaseProbe();
    expect(await databaseDown(t.url)).toBe(true);
    // While down, every request re-probes: still down, without waiting for a timer.
    expect(await databaseDown(t.url)).toBe(true);
    const res = outageResponse();
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).toBe("30");
    expect(await res.text()).toContain("Hệ thống tạm thời gián đoạn");

    await admin(`ALTER DATABASE "${name}_away" RENAME TO "${name}"`);
    expect(await databaseDown(t.url)).toBe(false);
  });

  it("a server that is not listening at all counts as down; the embedded database never does", async () => {
    resetDatabaseProbe();
    expect(await databaseDown("postgresql://postgres@127.0.0.1:1/none")).toBe(true);
    expect(await databaseDown("pglite:./data/x")).toBe(false);
  });
});
