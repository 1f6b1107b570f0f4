// What the process currently believes about its database, shared by the portal's HTTP server
// (scripts/server.ts) and the application code that Next bundles separately: both reach the same object
// through globalThis. No imports, no I/O: code inside Next only reports a connection error here; the
// server probes (lib/resilience/db-probe.ts) and decides to answer 503.
export type DbState = {
  /** Last probe said the database is unreachable. */
  down: boolean;
  /** When the last probe finished (ms since epoch); 0 = never. */
  checkedAt: number;
  /** The application met a connection error since the last probe: probe before trusting `down === false`. */
  suspectSince: number;
  inflight: Promise<boolean> | null;
};

const g = globalThis as unknown as { __kcDbState?: DbState };

export function dbState(): DbState {
  return (g.__kcDbState ??= { down: false, checkedAt: 0, suspectSince: 0, inflight: null });
}

/** Called where a connection error was caught (server actions, route handlers): the server re-probes. */
export function reportDatabaseError(now = Date.now()): void {
  const s = dbState();
  if (!s.suspectSince) s.suspectSince = now;
}
