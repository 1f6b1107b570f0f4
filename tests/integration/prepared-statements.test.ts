// lib/db.ts queryPrepared (issue 21): on PostgreSQL a hot write statement runs as a named prepared statement of its
// text, parsed and planned once per connection; elsewhere it is Prisma's $queryRaw. Same rows either way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { attachPool, queryPrepared } from "@/lib/db";
import { createPgliteTestDb, createPostgresTestDb, describeOnPostgres } from "@/tests/helpers/test-db";

const statement = (key: string) => Prisma.sql`
  WITH up AS (
    INSERT INTO "SequenceCounter" ("key", "value") VALUES (${key}::text, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "SequenceCounter"."value" + 1 RETURNING "value")
  SELECT (SELECT "value" FROM up)::text AS "value", ${true}::boolean AS "ok"`;

describe("queryPrepared on PGlite", () => {
  let db: PrismaClient;
  let close: () => Promise<void>;
  beforeAll(async () => ({ prisma: db, close } = await createPgliteTestDb()), 120_000);
  afterAll(async () => close());

  it("runs the statement through Prisma", async () => {
    expect(await queryPrepared(db, statement("t|pglite"))).toEqual([{ value: "1", ok: true }]);
    expect(await queryPrepared(db, statement("t|pglite"))).toEqual([{ value: "2", ok: true }]);
  });
});

describeOnPostgres("queryPrepared on PostgreSQL", () => {
  let url: string;
  let close: () => Promise<void>;
  let pool: pg.Pool;
  let db: PrismaClient;
  beforeAll(async () => {
    const t = await createPostgresTestDb();
    url = t.url;
    close = async () => {
      await t.prisma.$disconnect();
      await t.close();
    };
    // One connection, so that its prepared statements can be read back.
    pool = new pg.Pool({ connectionString: url, max: 1 });
    db = attachPool(new PrismaClient({ adapter: new PrismaPg(pool) }), pool);
  }, 120_000);
  afterAll(async () => {
    await db.$disconnect();
    await pool.end().catch(() => undefined);
    await close();
  });

  it("prepares the statement once per connection under a name made from its text, and answers as Prisma does", async () => {
    for (let i = 1; i <= 3; i++)
      expect(await queryPrepared(db, statement("t|pg"))).toEqual([{ value: String(i), ok: true }]);
    const prepared = await pool.query<{ name: string; statement: string }>(
      `SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'kc\\_%'`,
    );
    expect(prepared.rows).toHaveLength(1);
    expect(prepared.rows[0]!.statement).toContain('INSERT INTO "SequenceCounter"');
    // A different text is its own statement; the same text with other values reuses the first.
    await queryPrepared(db, statement("t|pg2"));
    await queryPrepared(db, Prisma.sql`SELECT ${1}::int + 1 AS "two"`);
    expect((await pool.query(`SELECT count(*)::int AS n FROM pg_prepared_statements`)).rows[0].n).toBe(2);
    // Prisma's own answer to the same statement.
    expect(await db.$queryRaw(statement("t|pg3"))).toEqual([{ value: "1", ok: true }]);
  });

  it("a client without a known pool falls back to Prisma", async () => {
    const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      expect(await queryPrepared(other, statement("t|fallback"))).toEqual([{ value: "1", ok: true }]);
    } finally {
      await other.$disconnect();
    }
  });
});
