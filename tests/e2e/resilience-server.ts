// The built portal served by its own server (scripts/server.ts, what `npm start` runs) on a fresh seeded
// PostgreSQL database, for the HTTP-level resilience specs. Ports: RESILIENCE_PORT (default 3211) and up.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { test } from "@playwright/test";
import { startServer, type Server } from "../../scripts/bench/server";
import { freshDemoDatabase } from "../../scripts/bench/demo-db";

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const BASE_PORT = Number(process.env.RESILIENCE_PORT ?? 3211);
export const DIST = process.env.NEXT_DIST_DIR ?? ".next";

export async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Skips (locally) or fails (CI) when PostgreSQL is not there, as tests/helpers/test-db.ts does. */
export async function requirePostgres(): Promise<void> {
  const up = await sql(ADMIN_URL, "SELECT 1").then(
    () => true,
    () => false,
  );
  const ci = (process.env.CI ?? "").toLowerCase();
  if (!up && (ci === "" || ci === "0" || ci === "false"))
    test.skip(true, "PostgreSQL at 127.0.0.1:5432 is unreachable");
}

export async function freshDatabase(tag: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `kc_resilience_${tag}_${BASE_PORT}`;
  const url = await freshDemoDatabase(name);
  return { url, name, drop: async () => void (await sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)) };
}

export function portal(port: number, databaseUrl: string, env: Record<string, string> = {}): Promise<Server> {
  const dir = process.env.RESILIENCE_LOG_DIR;
  return startServer({ distDir: DIST, port, databaseUrl, env, logFile: dir ? `${dir}/server-${port}.log` : undefined });
}

/** A server action's id, as the browser sends it in the Next-Action header (from the build's manifest). */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!hit) throw new Error(`No server action ${exportedName} in the build`);
  return hit[0];
}

/** Calls a server action the way React's client does (arguments encoded as JSON text). */
export function callAction(
  base: string,
  page: string,
  name: string,
  args: unknown[],
  cookie?: string,
  extra: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}${page}`, {
    method: "POST",
    body: JSON.stringify(args),
    headers: {
      "Next-Action": actionId(name),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: base,
      ...(cookie ? { Cookie: cookie } : {}),
      ...extra,
    },
  });
}
