// Migrations without the native schema engine (it cannot be downloaded offline): the same engine
// compiled to WebAssembly, driven through a driver adapter. Reads and writes the standard Prisma
// layout (prisma/migrations/<name>/migration.sql + migration_lock.toml, `_prisma_migrations`), so
// `prisma migrate deploy` on a machine with internet sees the same history.
import "server-only";
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  DiffTarget,
  MigrationList,
  SchemaContainer,
  SchemaEngine,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { openEngineAdapter, pgliteEngineAdapter } from "@/lib/db/engine-adapters";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SCHEMA_DIR = path.join(ROOT, "prisma/schema");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
const FILTERS = { externalTables: [], externalEnums: [] };

export type EnginePaths = { schemaDir?: string; migrationsDir?: string };

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  // The package entry imports the .wasm as an ES module, which Node refuses; instantiate it by hand.
  wasmReady ??= (async () => {
    // A Rust panic reports its message through this global, then traps (uncatchable): print it first.
    const registry = { set_message: (m: string) => console.error(`Prisma schema engine panicked: ${m}`) };
    Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: registry });
    const jsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(jsPath), "schema_engine_bg.wasm"));
    // The engine races its operations against 10 s timers it never clears; unref them so that a
    // script exits when its work is done instead of idling until they fire.
    const glue: WebAssembly.ModuleImports = { ...bg };
    for (const name of Object.keys(glue).filter((n) => n.startsWith("__wbg_setTimeout_"))) {
      glue[name] = (fn: () => void, ms: number) => setTimeout(fn, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

export async function readSchemaFiles(schemaDir = SCHEMA_DIR): Promise<SchemaContainer[]> {
  const names = (await readdir(schemaDir)).filter((n) => n.endsWith(".prisma")).sort();
  return Promise.all(
    names.map(async (n) => ({
      path: path.join(schemaDir, n),
      content: await readFile(path.join(schemaDir, n), "utf8"),
    })),
  );
}

export async function readMigrations(baseDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockPath = "migration_lock.toml";
  const lockContent = await readFile(path.join(baseDir, lockPath), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => {
      const content = await readFile(path.join(baseDir, dir, "migration.sql"), "utf8")
        .then((value) => ({ tag: "ok" as const, value }))
        .catch((e: Error) => ({ tag: "error" as const, value: e.message }));
      return { path: dir, migrationFile: { path: "migration.sql", content } };
    }),
  );
  return { baseDir, lockfile: { path: lockPath, content: lockContent }, shadowDbInitScript: "", migrationDirectories };
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaContainer[],
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  // Unbound adapter methods lose `this` inside the engine ("Cannot read properties of null").
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  // An empty datamodel list panics the engine; "none" is spelled undefined.
  const datamodels = schema.length ? schema.map((f): [string, string] => [f.path, f.content]) : undefined;
  const engine = await bg.SchemaEngine.new({ datamodels }, () => {}, bound);
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** Runs `run` with an engine on the database at `url`; closes what it opened. */
async function withUrl<T>(
  url: string,
  schema: SchemaContainer[],
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { factory, close } = await openEngineAdapter(url);
  try {
    return await withEngine(factory, schema, run);
  } finally {
    await close();
  }
}

async function apply(engine: SchemaEngine, migrationsDir?: string): Promise<string[]> {
  const migrationsList = await readMigrations(migrationsDir);
  const out = await engine.applyMigrations({ migrationsList, filters: FILTERS });
  return out.appliedMigrationNames;
}

async function diff(engine: SchemaEngine, from: DiffTarget, to: DiffTarget): Promise<string> {
  const out = await engine.diff({ from, to, script: true, exitCode: null, filters: FILTERS });
  return isEmptyScript(out.stdout ?? "") ? "" : (out.stdout ?? "");
}

/** The engine answers an empty diff with a comment line only. */
function isEmptyScript(sql: string): boolean {
  return sql.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("--"));
}

/** Applies unapplied migrations, as `prisma migrate deploy`; returns the names applied now. */
export async function applyMigrations(url: string, paths: EnginePaths = {}): Promise<string[]> {
  return withUrl(url, [], (engine) => apply(engine, paths.migrationsDir));
}

/** Same, on a PGlite the caller owns (left open, e.g. the in-memory one a test then queries). */
export async function applyMigrationsWithPglite(pglite: PGlite, paths: EnginePaths = {}): Promise<string[]> {
  return withEngine(pgliteEngineAdapter(pglite), [], (engine) => apply(engine, paths.migrationsDir));
}

/** SQL taking the live database at `url` to the schema; "" when they agree. */
export async function diffDatabaseToSchema(url: string, paths: EnginePaths = {}): Promise<string> {
  const files = await readSchemaFiles(paths.schemaDir);
  const configDir = ROOT;
  return withUrl(url, files, (engine) =>
    diff(engine, { tag: "schemaDatasource", files, configDir }, { tag: "schemaDatamodel", files }),
  );
}

/** SQL taking "every migration applied to a fresh database" to the schema; "" when there is no drift. */
export async function diffMigrationsToSchema(paths: EnginePaths = {}): Promise<string> {
  const files = await readSchemaFiles(paths.schemaDir);
  const pglite = new PGlite();
  try {
    return await withEngine(pgliteEngineAdapter(pglite), files, async (engine) => {
      await apply(engine, paths.migrationsDir);
      return diff(engine, { tag: "schemaDatasource", files, configDir: ROOT }, { tag: "schemaDatamodel", files });
    });
  } finally {
    await pglite.close();
  }
}
