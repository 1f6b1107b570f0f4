import pg from "pg";

// Is the PostgreSQL server behind DATABASE_URL reachable? Checked at most every PROBE_EVERY_MS in the
// background while it is up (requests never wait for it); once it is down, each request waits for a fresh
// probe (≤ 1 s) so that the site recovers at the first request after the database returns.
// The embedded PGlite lives inside the process and cannot go away on its own: always "up".
const PROBE_EVERY_MS = 2_000;
const PROBE_TIMEOUT_MS = 1_000;

type State = { checkedAt: number; down: boolean; inflight: Promise<void> | null };
const g = globalThis as unknown as { __kcDbProbe?: Map<string, State> };

async function probe(url: string, s: State): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    s.down = false;
  } catch {
    s.down = true;
  } finally {
    s.checkedAt = Date.now();
    await client.end().catch(() => {});
  }
}

export async function databaseDown(url: string | undefined = process.env.DATABASE_URL, now = Date.now()): Promise<boolean> {
  if (!url || !/^postgres(ql)?:\/\//.test(url)) return false;
  const states = (g.__kcDbProbe ??= new Map());
  let s = states.get(url);
  if (!s) {
    s = { checkedAt: 0, down: false, inflight: null };
    states.set(url, s);
  }
  const state = s;
  if (!state.inflight && (state.down || now - state.checkedAt >= PROBE_EVERY_MS)) {
    state.inflight = probe(url, state).finally(() => (state.inflight = null));
  }
  if (state.down || state.checkedAt === 0) await state.inflight;
  return state.down;
}

/** Forget every probe result (tests). */
export function resetDatabaseProbe(): void {
  g.__kcDbProbe?.clear();
}
