// The migrations folder is the schema: applied to an empty database they leave nothing for the engine
// to change, on PGlite and on PostgreSQL, and applying them again changes nothing.
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  applyMigrationsWithPglite,
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  readMigrations,
} from "@/lib/db/engine";
import { createPostgresTestDb, describeOnPostgres, type PostgresTestDb } from "@/tests/helpers/test-db";

/**
 * Search indexes (trigram GIN, and the submittedAt btree that pages common words) are created by raw SQL
 * where pg_trgm exists (migration 20261123000500_search_and_planner_stats) and Prisma's schema does not
 * declare them, so the engine proposes dropping them on PostgreSQL.
 */
function withoutRawTrigramIndexes(sql: string): string {
  return sql
    .split(/\n\s*\n/)
    .filter((block) => !/^-- DropIndex\nDROP INDEX "\w+_(trgm|search)_idx";$/.test(block.trim()))
    .join("\n\n")
    .trim();
}

async function migrationNames(): Promise<string[]> {
  return (await readMigrations()).migrationDirectories.map((d) => d.path);
}

describe("migrations on PGlite", () => {
  it("agree with the schema (no drift)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("apply to a fresh database, are recorded as prisma migrate deploy does, and re-apply as a no-op", async () => {
    const pglite = new PGlite();
    try {
      expect(await applyMigrationsWithPglite(pglite)).toEqual(await migrationNames());
      expect(await applyMigrationsWithPglite(pglite)).toEqual([]);
      const { rows } = await pglite.query<{ migration_name: string; finished_at: Date | null }>(
        "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name",
      );
      expect(rows.map((r) => r.migration_name)).toEqual(await migrationNames());
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await pglite.close();
    }
  });
});

describeOnPostgres("migrations", () => {
  let db: PostgresTestDb;
  beforeAll(async () => {
    db = await createPostgresTestDb();
  });
  afterAll(async () => db?.close());

  it("leave a fresh database with an empty diff to the schema", async () => {
    expect(withoutRawTrigramIndexes(await diffDatabaseToSchema(db.url))).toBe("");
  });

  it("re-apply as a no-op", async () => {
    expect(await applyMigrations(db.url)).toEqual([]);
    const count = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations`;
    expect(Number(count[0]?.n)).toBe((await migrationNames()).length);
  });
});
