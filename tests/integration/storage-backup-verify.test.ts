import { afterAll, beforeAll, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { seedFixtures } from "@/tests/helpers/fixtures";
import { createPostgresTestDb, describeOnPostgres, type PostgresTestDb } from "@/tests/helpers/test-db";
import { verifyBackup } from "@/scripts/backup/verify";

const run = promisify(execFile);

describeOnPostgres("backup:verify", () => {
  let t: PostgresTestDb;
  beforeAll(async () => {
    t = await createPostgresTestDb();
    await seedFixtures(t.prisma);
  }, 180_000);
  afterAll(async () => t?.close());

  it("dumps, restores into a scratch database and finds the same row counts in every table", async () => {
    const r = await verifyBackup(t.url);
    expect(r.mismatches).toEqual([]);
    expect(r.tables).toBeGreaterThan(30);
    expect(r.rows).toBeGreaterThan(100);
    expect(r.dumpBytes).toBeGreaterThan(10_000);
  });

  it("the npm command exits 0 on a good backup and reports in Vietnamese", async () => {
    const { stdout } = await run("npx", ["tsx", "scripts/backup-verify.ts", "--database-url", t.url], {
      env: { ...process.env, NODE_ENV: "production" },
    });
    expect(stdout).toContain("Khớp số dòng ở mọi bảng.");
  });
});
