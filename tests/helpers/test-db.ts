// Real databases for integration tests, every migration applied: an in-memory PGlite (fast, one per
// test file or test) or a throw-away PostgreSQL database on the server of TEST_DATABASE_URL.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, test } from "vitest";
import { applyMigrations, applyMigrationsWithPglite, readMigrations } from "@/lib/db/engine";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { attachPool } from "@/lib/db";

export type PgliteTestDb = { prisma: PrismaClient; pglite: PGlite; close: () => Promise<void> };
export type PostgresTestDb = { prisma: PrismaClient; url: string; close: () => Promise<void> };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CACHE_DIR = path.join(ROOT, "node_modules/.cache/test-db");
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The cache key: the migrations and the PGlite build that wrote the data folder. */
async function templateKey(): Promise<string> {
  const list = await readMigrations();
  const pgliteJson = await readFile(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8");
  const hash = createHash("sha256")
    .update(pgliteJson)
    .update(list.lockfile.content ?? "");
  for (const dir of list.migrationDirectories) hash.update(dir.path).update(JSON.stringify(dir.migrationFile.content));
  return hash.digest("hex").slice(0, 16);
}

/**
 * initdb plus the migrations cost ~5 s per fresh PGlite; loading a dump of a migrated one ~1 s. The
 * dump is kept on disk (keyed by the migrations) so that every test file and run shares it.
 */
async function buildTemplate(): Promise<Blob> {
  const file = path.join(CACHE_DIR, `pglite-${await templateKey()}.tar`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return new Blob([cached]);
  const pglite = new PGlite();
  await applyMigrationsWithPglite(pglite);
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  await mkdir(CACHE_DIR, { recursive: true });
  const stale = (await readdir(CACHE_DIR)).filter((f) => f.endsWith(".tar") && f !== path.basename(file));
  for (const old of stale) await rm(path.join(CACHE_DIR, old), { force: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  await writeFile(tmp, Buffer.from(await dump.arrayBuffer()));
  await rename(tmp, file); // atomic: parallel workers never read a half-written dump
  return dump;
}

let template: Promise<Blob> | undefined;

/** A migrated in-memory PGlite with a Prisma client on it. */
export async function createPgliteTestDb(): Promise<PgliteTestDb> {
  template ??= buildTemplate();
  const pglite = new PGlite({ loadDataDir: await template });
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    pglite,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** One connection to the server of TEST_DATABASE_URL for `work`, closed after it. */
async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function onServer(sql: string): Promise<void> {
  await withServer((client) => client.query(sql));
}

/** A new, uniquely named, migrated database on the PostgreSQL server; close() drops it. */
export async function createPostgresTestDb(): Promise<PostgresTestDb> {
  const name = `kc_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  // pool.end() resolves once its clients are handed back, before the server has seen them leave: a DROP (FORCE) at
  // that moment terminates them mid-goodbye and the test process gets their FATAL as an uncaught error (the files of
  // a worker share one process: vitest.config.ts). Wait (≤ 3 s) until no session uses the database, then drop it.
  const drop = () =>
    withServer(async (client) => {
      for (let i = 0; i < 30; i++) {
        const { rows } = await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  const url = databaseUrl(TEST_DATABASE_URL, name);
  try {
    await applyMigrations(url);
  } catch (e) {
    await drop();
    throw e;
  }
  // Its own pool, attached as the portal attaches its own, so that the prepared-statement path of lib/db.ts
  // (queryPrepared) runs in the PostgreSQL tests.
  const pool = new pg.Pool({ connectionString: url });
  const prisma = attachPool(new PrismaClient({ adapter: new PrismaPg(pool) }), pool);
  return {
    prisma,
    url,
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await drop();
    },
  };
}

let reachable: Promise<boolean> | undefined;

/** Whether the server of TEST_DATABASE_URL answers, within a few seconds. */
export function postgresAvailable(): Promise<boolean> {
  reachable ??= onServer("SELECT 1").then(
    () => true,
    () => false,
  );
  return reachable;
}

function inCi(): boolean {
  const ci = process.env.CI?.toLowerCase();
  return ci !== undefined && ci !== "" && ci !== "0" && ci !== "false";
}

function serverLabel(): string {
  const url = new URL(TEST_DATABASE_URL);
  url.password = "";
  return url.host;
}

/**
 * A describe block for PostgreSQL. Locally it is skipped when the server is unreachable; in CI
 * (CI set) it always runs, so an unreachable server fails the run instead of hiding it.
 */
export function describeOnPostgres(name: string, fn: () => void): void {
  describe(`${name} [PostgreSQL]`, async () => {
    if (await postgresAvailable()) return fn();
    if (!inCi()) {
      test.skip(`PostgreSQL at ${serverLabel()} is unreachable (set CI to make this fail)`, () => {});
      return;
    }
    test(`PostgreSQL at ${serverLabel()} is reachable (required in CI)`, () => {
      throw new Error(`CI requires PostgreSQL at ${serverLabel()} (TEST_DATABASE_URL); it did not answer.`);
    });
    fn();
  });
}
