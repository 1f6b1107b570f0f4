// Driver adapters for the WASM schema engine, with the fixes its migrations need. The app's Prisma
// client (lib/db.ts) uses the stock adapters; only the engine goes through these.
import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite, messages } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { isPostgresUrl, pgliteDataDir } from "@/lib/env";

type Factory = SqlMigrationAwareDriverAdapterFactory;
type ScriptRunner = (script: string) => Promise<void>;

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine's catalogue queries return `"char"` columns (pg_constraint.contype, ...), which
 * @prisma/adapter-pg 7.10 rejects ("Column type 'char' could not be deserialized"). PGlite's adapter
 * reads them as text; relabel them as text before adapter-pg sees the row description.
 */
class CatalogCharAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.connection.on("rowDescription", (msg: { fields: { dataTypeID: number }[] }) => {
      for (const field of msg.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    });
  }
}

/**
 * Both adapters mishandle a whole migration script: adapter-pg 7.10 splits it on ";" (breaking
 * `$$` function bodies and literals), and pglite-prisma-adapter 0.7.2 does not await `exec`, so a
 * failing migration is recorded as applied and its error escapes as an unhandled rejection.
 * The shadow database is left stock: applying and diffing never ask for one.
 */
function withScriptRunner(factory: Factory, runner: (adapter: SqlDriverAdapter) => ScriptRunner): Factory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      return Object.assign(adapter, { executeScript: runner(adapter) });
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

/** The simple-query protocol (no parameters) runs a multi-statement script as sent. */
const runWholeScriptOnPg =
  (adapter: SqlDriverAdapter): ScriptRunner =>
  async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };

function toAdapterError(e: unknown): unknown {
  if (!(e instanceof messages.DatabaseError)) return e;
  const { code = "", severity = "ERROR", message, detail, column, hint } = e;
  return new DriverAdapterError({ kind: "postgres", code, severity, message, detail, column, hint });
}

export function pgliteEngineAdapter(pglite: PGlite): Factory {
  return withScriptRunner(new PrismaPGlite(pglite), () => async (script) => {
    await pglite.exec(script).catch((e: unknown) => Promise.reject(toAdapterError(e)));
  });
}

/** `pglite:memory` → in-memory; `pglite:./dir` or a plain path → that folder (parents created). */
export async function openPglite(url: string): Promise<PGlite> {
  const dir = pgliteDataDir(url);
  if (!dir) return new PGlite();
  await mkdir(path.dirname(path.resolve(dir)), { recursive: true });
  return new PGlite(dir);
}

/** An engine adapter for `url` and the function that closes what it opened. */
export async function openEngineAdapter(url: string): Promise<{ factory: Factory; close: () => Promise<void> }> {
  if (isPostgresUrl(url)) {
    // The engine never disposes its adapter: own the pool, or the process idles until pg times out.
    const pool = new pg.Pool({ connectionString: url, Client: CatalogCharAsTextClient });
    return { factory: withScriptRunner(new PrismaPg(pool), runWholeScriptOnPg), close: () => pool.end() };
  }
  const pglite = await openPglite(url);
  return { factory: pgliteEngineAdapter(pglite), close: () => pglite.close() };
}
