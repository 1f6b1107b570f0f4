import pg from "pg";
import { dbState } from "@/lib/resilience/db-state";

// Is the PostgreSQL server behind DATABASE_URL reachable? Nothing is polled while all is well. A probe
// (connect + SELECT 1, ≤ 1 s) runs when the application met a connection error or answered 5xx. While the
// database is known to be down, requests are answered 503 at once and a background probe runs at most
// every RECHECK_MS, so the site recovers by itself within a few seconds of the database returning.
// The embedded PGlite lives inside the process and cannot go away on its own: never "down".
export const RECHECK_MS = 2_000;
const PROBE_TIMEOUT_MS = 1_000;

export function isProbeable(url: string | undefined): url is string {
  return Boolean(url && /^postgres(ql)?:\/\//.test(url));
}

async function connectOnce(url: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return false;
  } catch {
    return true;
  } finally {
    // Not awaited: end() on a connection the server refused can wait forever, and a probe that never
    // settles would keep the site on 503 after the database came back.
    client.end().catch(() => {});
  }
}

/** The probe's answer, or "down" if it has not answered within twice its own timeout. */
function bounded(p: Promise<boolean>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 2 * PROBE_TIMEOUT_MS)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** A fresh probe (shared with any probe already running). Resolves to true when the database is down. */
export function probeDatabase(url: string | undefined): Promise<boolean> {
  if (!isProbeable(url)) return Promise.resolve(false);
  const s = dbState();
  s.inflight ??= bounded(connectOnce(url)).then((down) => {
    s.down = down;
    s.checkedAt = Date.now();
    s.suspectSince = 0;
    s.inflight = null;
    return down;
  });
  return s.inflight;
}

/**
 * The server's question before admitting a request: answer 503 now? Known down → yes at once (re-probing
 * in the background every RECHECK_MS); a connection error was reported since → wait for a probe; else no.
 */
export function databaseGate(url: string | undefined, now = Date.now()): boolean | Promise<boolean> {
  if (!isProbeable(url)) return false;
  const s = dbState();
  if (s.down) {
    if (!s.inflight && now - s.checkedAt >= RECHECK_MS) void probeDatabase(url);
    return true;
  }
  if (s.suspectSince) return probeDatabase(url);
  return false;
}

/** Forget every probe result (tests). */
export function resetDatabaseProbe(): void {
  const s = dbState();
  Object.assign(s, { down: false, checkedAt: 0, suspectSince: 0, inflight: null });
}
