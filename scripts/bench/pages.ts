// The honest page benchmark (issue 21): each page is fetched over HTTP from the production build, signed in as the
// user who reads it, and — interleaved in the same rounds — the same figures are computed by SQL written in pages-sql.ts from
// the schema, independently of the portal's code: once on the base tables (Proposal, LedgerEntry, Settlement,
// Result, Target) and once on the roll-up tables (ProposalTotal, ResultTotal). The SQL runs as the app runs its own:
// statements of one page in parallel on a pool with `jit=off` and `work_mem=16MB` (lib/db.ts pgPoolConfig). Nothing is replayed from
// the app, so a ratio near 1 is a finding, not a construction.
//
// `npm run bench -- --scale national --only pages [--rounds 12] [--dist .next-bench] [--port 3119]`
import { loadavg, cpus } from "node:os";
import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import { signInCookie } from "./auth-client";
import { startServer } from "./server";
import { metric, percentile } from "./stats";
import { vacuumFirst } from "./db-setup";
import { CASES } from "./pages-cases";
import type { Sql } from "./pages-sql";

async function provinceOf(pool: pg.Pool, email: string): Promise<string[] | null> {
  const r = await pool.query<{ provinceId: string | null; role: string }>(
    `SELECT a."provinceId", u.role::text AS role FROM "User" u LEFT JOIN "Agency" a ON a.id = u."agencyId" WHERE u.email = $1`,
    [email],
  );
  const row = r.rows[0];
  if (!row) throw new Error(`Không có người dùng ${email} trong dữ liệu đo.`);
  if (row.role === "MINISTRY_VIEWER" || !row.provinceId) return null;
  // The province and the historic provinces merged into it (AdminUnit.successorId chain).
  const p = await pool.query<{ id: string }>(
    `
    WITH RECURSIVE s(id, depth) AS (SELECT $1::text, 0 UNION SELECT u.id, s.depth + 1 FROM "AdminUnit" u JOIN s ON u."successorId" = s.id WHERE s.depth < 5)
    SELECT id FROM s`,
    [row.provinceId],
  );
  return p.rows.map((x) => x.id);
}

async function timeSql(pool: pg.Pool, list: Sql[]): Promise<number> {
  const t = performance.now();
  await Promise.all(list.map((q) => pool.query(q.text, q.values)));
  return performance.now() - t;
}

async function timePage(
  base: string,
  path: string,
  cookie: string,
): Promise<{ ms: number; bytes: number; status: number }> {
  const t = performance.now();
  const r = await fetch(`${base}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await r.arrayBuffer();
  return { ms: performance.now() - t, bytes: body.byteLength, status: r.status };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** CPU time (user + system, ms) the server process has used so far (Linux /proc; null elsewhere). */
function serverCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
  } catch {
    return null;
  }
}

export async function benchPages(
  url: string,
  opts: { distDir: string; port: number; rounds: number; only?: string[] },
): Promise<void> {
  if (!existsSync(`${opts.distDir}/BUILD_ID`)) {
    metric("pages", "skipped", `(no build in ${opts.distDir}: NEXT_DIST_DIR=${opts.distDir} npx next build)`);
    return;
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c jit=off -c work_mem=16MB" });
  // The generated agencies declare no handling time limit; the service index would then compute no timeliness at all.
  // Give them the demo's (minh họa), so that both sides do that work.
  await pool.query(
    `UPDATE "Agency" SET "handlingWorkingDays" = 20, "handlingIllustrative" = true WHERE "handlingWorkingDays" IS NULL`,
  );
  // Both sides — pages and SQL — read the tables as a production server's autovacuum keeps them.
  metric("vacuum_analyze_first", round1(await vacuumFirst((q) => pool.query(q))), "s");
  const server = await startServer({ distDir: opts.distDir, port: opts.port, databaseUrl: url });
  metric("machine_cpus", cpus().length, "cores");
  // The server inherits HTTP_COMPRESSION: "off" measures an instance behind a compressing proxy (README, national
  // deployment), where gzip runs in the proxy, not in the instance.
  metric("server_http_compression", process.env.HTTP_COMPRESSION === "off" ? "off" : "on");
  metric(
    "machine_load_before",
    loadavg()
      .map((x) => x.toFixed(2))
      .join("/"),
    "1/5/15 min",
  );
  try {
    const cookies = new Map<string, string>();
    for (const c of CASES) {
      if (opts.only && !opts.only.includes(c.name)) continue;
      if (!cookies.has(c.user)) cookies.set(c.user, await signInCookie(server.base, c.user));
      const cookie = cookies.get(c.user)!;
      const scope = await provinceOf(pool, c.user);
      const baseSql = c.base(scope);
      const rollSql = c.rollup?.(scope) ?? null;
      // Warm-up: the server's code paths and plans, the database's caches, for all three alike.
      const warm = await timePage(server.base, c.path, cookie);
      if (warm.status !== 200) throw new Error(`${c.path} trả về HTTP ${warm.status} cho ${c.user}`);
      await timeSql(pool, baseSql);
      if (rollSql) await timeSql(pool, rollSql);
      const page: number[] = [];
      const base: number[] = [];
      const roll: number[] = [];
      let bytes = 0;
      // The server's own CPU time over the page fetches only (the SQL sides run in this process, not the server's).
      let serverCpu: number | null = 0;
      for (let i = 0; i < opts.rounds; i++) {
        // Interleaved, in a rotating order, so drift in the machine's load falls on all three alike.
        const steps = [
          async () => {
            const before = serverCpuMs(server.proc.pid);
            const r = await timePage(server.base, c.path, cookie);
            const after = serverCpuMs(server.proc.pid);
            serverCpu = serverCpu === null || before === null || after === null ? null : serverCpu + after - before;
            page.push(r.ms);
            bytes = r.bytes;
          },
          async () => {
            base.push(await timeSql(pool, baseSql));
          },
          async () => {
            if (rollSql) roll.push(await timeSql(pool, rollSql));
          },
        ];
        for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
      }
      // Then, apart from the goals' figures: the page fetched right after itself, with no SQL of the benchmark in
      // between. The base-table SQL reads far more than PostgreSQL's shared buffers hold and pushes the page's indexes
      // and roll-ups out; the interleaved views pay for reading them back (BENCHMARKS.md, 05/12/2026).
      const alone: number[] = [];
      for (let i = 0; i < opts.rounds; i++) {
        await timePage(server.base, c.path, cookie);
        alone.push((await timePage(server.base, c.path, cookie)).ms);
      }
      const p50 = percentile(page, 50);
      metric(`${c.name}_http_p50`, round1(p50), "ms");
      metric(`${c.name}_http_p95`, round1(percentile(page, 95)), "ms");
      metric(`${c.name}_http_alone_p50`, round1(percentile(alone, 50)), "ms");
      metric(`${c.name}_http_alone_p95`, round1(percentile(alone, 95)), "ms");
      metric(`${c.name}_html`, Math.round(bytes / 1024), "KB");
      if (serverCpu !== null) metric(`${c.name}_server_cpu_per_view`, round1(serverCpu / page.length), "ms");
      if (baseSql.length) {
        metric(`${c.name}_sql_base_p50`, round1(percentile(base, 50)), "ms");
        metric(`${c.name}_ratio_http_over_base_sql`, round1(p50 / percentile(base, 50)), "x");
      }
      if (rollSql) {
        metric(`${c.name}_sql_rollup_p50`, round1(percentile(roll, 50)), "ms");
        metric(`${c.name}_ratio_http_over_rollup_sql`, round1(p50 / percentile(roll, 50)), "x");
      }
    }
  } finally {
    metric(
      "machine_load_after",
      loadavg()
        .map((x) => x.toFixed(2))
        .join("/"),
      "1/5/15 min",
    );
    await server.stop();
    await pool.end();
  }
}
