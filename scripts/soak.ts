// `npm run soak -- --minutes 15 --rps 100 [--instances 2 (default; one per core)] [--dist .next-h7] [--port 3127] [--log-dir d] [--database-url …] [--warmup 30]`
// Past an instance's capacity its server sheds work (503 + Retry-After, scripts/server.ts): those answers
// are counted apart ("shed"), p95 is of the admitted requests, and the recovery time after the run is the
// time until a page is served again.
// Loopback only: starts the production build (one or more stateless instances) on 127.0.0.1 against a
// fresh seeded PostgreSQL database and sends mixed traffic at a fixed rate (scripts/bench/soak-traffic.ts:
// public pages, dossier lookup, the leader's dashboard, enterprise submissions). Bounded in count and time.
// Prints errors and the RSS growth of the server processes (/proc/<pid>/status); exits non-zero on any
// error or a growth ≥ 10 % after warm-up.
import { readFileSync, readdirSync } from "node:fs";
import { startServer } from "./bench/server";
import { soakTraffic } from "./bench/soak-traffic";
import { freshDemoDatabase } from "./bench/demo-db";
import { metric, percentile } from "./bench/stats";

const argv = process.argv.slice(2);
const opt = (k: string, d: string) => (argv.includes(k) ? (argv[argv.indexOf(k) + 1] ?? d) : d);

function treeRssKb(pid: number): number {
  let kb = 0;
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    kb += Number(m?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean))
        kb += treeRssKb(Number(child));
    }
  } catch {
    /* process gone */
  }
  return kb;
}

async function main(): Promise<void> {
  const minutes = Math.min(Number(opt("--minutes", "15")), 60);
  const rps = Math.min(Number(opt("--rps", "100")), 500);
  const instances = Math.max(1, Math.min(Number(opt("--instances", "2")), 8));
  const dist = opt("--dist", ".next-h7");
  const port = Number(opt("--port", "3127"));
  const url = argv.includes("--database-url") ? opt("--database-url", "") : await freshDemoDatabase("kc_soak");
  // Each instance: its own pool of 20 connections, as stateless app servers behind a load balancer.
  const logDir = opt("--log-dir", "");
  const servers = await Promise.all(
    Array.from({ length: instances }, (_, k) =>
      startServer({
        distDir: dist,
        port: port + k,
        databaseUrl: url,
        logFile: logDir ? `${logDir}/server-${k}.log` : undefined,
      }),
    ),
  );
  const rss = () => servers.reduce((s, x) => s + treeRssKb(x.proc.pid ?? 0), 0);
  const errors = new Map<string, number>();
  const latencies: number[] = [];
  let submissions = 0;
  let shed = 0;
  const warmup = Math.max(0, Math.min(Number(opt("--warmup", "30")), 120));
  try {
    const traffic = await soakTraffic(
      servers.map((x) => x.base),
      dist,
      url,
    );
    const run = async (seconds: number, record: boolean) => {
      const count = Math.round(seconds * rps);
      const start = performance.now();
      const inflight = new Set<Promise<void>>();
      let minute: number[] = [];
      let minuteErrors = 0;
      for (let i = 0; i < count; i++) {
        if (record && i > 0 && i % (60 * rps) === 0) {
          console.log(
            `minute ${i / (60 * rps)}: p95 ${Math.round(percentile(minute, 95))} ms, errors ${minuteErrors}, rss ${Math.round(rss() / 1024)} MB`,
          );
          minute = [];
          minuteErrors = 0;
        }
        const due = start + (i * 1000) / rps;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (inflight.size >= 400) await Promise.race(inflight);
        const t = performance.now();
        const p = traffic
          .pick(i)(servers[i % servers.length]!.base)
          .then(
            (r) => {
              if (/ 503\b/.test(r.label)) {
                if (record) shed += 1;
                return;
              }
              if (!r.ok) {
                errors.set(r.label, (errors.get(r.label) ?? 0) + 1);
                minuteErrors += 1;
              } else if (record && r.label.startsWith("submit")) submissions += 1;
              if (record) {
                latencies.push(performance.now() - t);
                minute.push(performance.now() - t);
              }
            },
            (e: unknown) => {
              const k = e instanceof Error ? e.message : String(e);
              errors.set(k, (errors.get(k) ?? 0) + 1);
            },
          )
          .finally(() => inflight.delete(p));
        inflight.add(p);
      }
      await Promise.all(inflight);
    };
    await run(warmup, false); // warm-up: JIT, caches, pools, V8 heaps growing to their steady size
    errors.clear();
    const before = rss();
    const t0 = performance.now();
    await run(minutes * 60, true);
    const after = rss();
    // Recovery: how long after the last request until a dynamic page is served again.
    const r0 = performance.now();
    while (performance.now() - r0 < 60_000) {
      const r = await fetch(`${servers[0]!.base}/tra-cuu`).catch(() => null);
      await r?.arrayBuffer();
      if (r?.status === 200) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    metric("soak_recovery", performance.now() - r0, "ms");
    const growth = (after - before) / before;
    metric("soak_minutes", minutes, "min");
    metric("soak_instances", instances, "processes");
    metric("soak_admitted", latencies.length, "requests (answered, not shed)");
    metric("soak_submissions", submissions, "dossiers");
    metric("soak_admitted_rate", latencies.length / ((performance.now() - t0) / 1000), "req/s");
    metric("soak_p95", percentile(latencies, 95), "ms");
    metric("soak_p50", percentile(latencies, 50), "ms");
    metric("soak_shed", shed, "requests (503 + Retry-After)");
    metric(
      "soak_errors",
      [...errors.values()].reduce((s, n) => s + n, 0),
      "errors",
    );
    metric("soak_rss_start", Math.round(before / 1024), "MB");
    metric("soak_rss_end", Math.round(after / 1024), "MB");
    metric("soak_rss_growth", growth * 100, "%");
    for (const [k, n] of errors) console.log(`error ${n}× ${k}`);
    process.exitCode = errors.size || growth >= 0.1 ? 1 : 0;
  } finally {
    await Promise.all(servers.map((x) => x.stop()));
  }
}

main().catch((e: unknown) => {
  console.error("soak thất bại:", e);
  process.exit(1);
});
