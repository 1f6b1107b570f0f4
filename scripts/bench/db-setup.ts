// Creates, migrates and seeds the benchmark database on the PostgreSQL server at 127.0.0.1:5432.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/engine";
import { attachPool, pgPoolConfig } from "@/lib/db";

export type Scale = "national" | "province";

export function defaultUrl(scale: Scale): string {
  return `postgresql://postgres@127.0.0.1:5432/${scale === "national" ? "kc_bench" : "kc_bench_province"}`;
}

export function parseArgs(argv: string[]): { scale: Scale; url: string; seed: number } {
  const get = (k: string) => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const scale = (get("--scale") ?? "province") as Scale;
  if (scale !== "national" && scale !== "province") throw new Error("--scale national|province");
  const url = get("--database-url") ?? defaultUrl(scale);
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost") throw new Error("Chỉ chạy trên máy này (127.0.0.1).");
  return { scale, url, seed: Number(get("--seed") ?? 2025) };
}

function adminUrl(url: string): { admin: string; name: string } {
  const u = new URL(url);
  const name = u.pathname.replace(/^\//, "");
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Tên cơ sở dữ liệu không hợp lệ: ${name}`);
  u.pathname = "/postgres";
  return { admin: u.toString(), name };
}

async function recreate(url: string): Promise<void> {
  const { admin, name } = adminUrl(url);
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
}

/** Runs each migration file as one simple-protocol script (functions with $$ bodies included). */
async function applyPlain(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const dirs = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const dir of dirs) await c.query(await readFile(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
  } finally {
    await c.end();
  }
}

/** Fresh database, every migration applied. Prefers the project's engine (records _prisma_migrations). */
export async function freshMigratedDatabase(url: string): Promise<string> {
  await recreate(url);
  try {
    const applied = await applyMigrations(url);
    return `engine: ${applied.length} migrations`;
  } catch (e) {
    // The wasm engine's PostgreSQL adapter splits scripts on ';' and trips over $$ function bodies;
    // fall back to plain SQL on a clean database so the benchmark data is still exact.
    await recreate(url);
    await applyPlain(url);
    return `plain SQL (engine said: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]})`;
  }
}

export function prismaFor(url: string, max = 20, log = false): PrismaClient {
  // Its own pool, attached as the portal attaches its own (lib/db.ts queryPrepared runs on it).
  const pool = new pg.Pool(pgPoolConfig(url, max));
  return attachPool(
    new PrismaClient({
      adapter: new PrismaPg(pool),
      ...(log ? { log: [{ emit: "event" as const, level: "query" as const }] } : {}),
    }),
    pool,
  );
}

/**
 * VACUUM ANALYZE before measuring (all tables, or `tables`); returns the seconds it took. Autovacuum is off on the
 * development and CI servers (/etc/postgresql/15/main/conf.d/90-ci.conf): rows that earlier runs updated or added
 * (the decision benchmark's) stay dead or not yet vacuumed, which a production server's autovacuum clears — issue 21
 * measured one province's search 1.8–2.1× slower on the national data set after three decision runs, and the same as
 * on the province data set after a VACUUM (ANALYZE alone did not help).
 */
export async function vacuumFirst(run: (sql: string) => Promise<unknown>, tables?: string[]): Promise<number> {
  const start = performance.now();
  if (!tables) await run("VACUUM ANALYZE");
  else for (const table of tables) await run(`VACUUM ANALYZE "${table}"`);
  return (performance.now() - start) / 1000;
}
