// `npm run soak -- --minutes 15 --rps 100 [--dist .next-h7] [--port 3127] [--database-url …]`
// Loopback only: starts the production build on 127.0.0.1 against a fresh seeded PostgreSQL database and
// sends mixed traffic at a fixed rate (public pages, dossier lookup, the signed-in leader dashboard, and
// sign-ins — each one a write: last login + audit row). Bounded in count and time; stops by itself.
// Prints errors and the RSS growth of the server processes (/proc/<pid>/status); exits non-zero on any
// error or a growth ≥ 10 % after warm-up.
import { readFileSync, readdirSync } from "node:fs";
import { startServer } from "./bench/server";
import { signInCookie } from "./bench/auth-client";
import { freshDemoDatabase } from "./bench/demo-db";
import { metric, percentile } from "./bench/stats";

const argv = process.argv.slice(2);
const opt = (k: string, d: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] ?? d : d);

function treeRssKb(pid: number): number {
  let kb = 0;
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    kb += Number(m?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) kb += treeRssKb(Number(child));
    }
  } catch {
    /* process gone */
  }
  return kb;
}

async function main(): Promise<void> {
  const minutes = Math.min(Number(opt("--minutes", "15")), 60);
  const rps = Math.min(Number(opt("--rps", "100")), 500);
  const dist = opt("--dist", ".next-h7");
  const url = argv.includes("--database-url") ? opt("--database-url", "") : await freshDemoDatabase("kc_soak");
  const server = await startServer({ distDir: dist, port: Number(opt("--port", "3127")), databaseUrl: url });
  const pid = server.proc.pid ?? 0;
  const errors = new Map<string, number>();
  const latencies: number[] = [];
  try {
    const leader = await signInCookie(server.base, "lanhdao@demo.vn");
    const code = "000.00.20.H45-260112-0001";
    const mix: Array<[number, () => Promise<Response>]> = [
      [20, () => fetch(`${server.base}/`)],
      [10, () => fetch(`${server.base}/cong-khai`)],
      [10, () => fetch(`${server.base}/dang-nhap`)],
      [20, () => fetch(`${server.base}/tra-cuu?ma=${encodeURIComponent(code)}`)],
      [30, () => fetch(`${server.base}/lanh-dao/bang-dieu-khien`, { headers: { Cookie: leader }, redirect: "manual" })],
      [5, async () => { await signInCookie(server.base, "chuyenvien@demo.vn"); return new Response(null, { status: 200 }); }],
    ];
    const total = mix.reduce((s, [w]) => s + w, 0);
    const pick = (i: number) => {
      let x = (i * 7919) % total;
      for (const [w, f] of mix) if ((x -= w) < 0) return f;
      return mix[0]![1];
    };
    const run = async (seconds: number, record: boolean) => {
      const count = Math.round(seconds * rps);
      const start = performance.now();
      const inflight = new Set<Promise<void>>();
      for (let i = 0; i < count; i++) {
        const due = start + (i * 1000) / rps;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (inflight.size >= 400) await Promise.race(inflight);
        const t = performance.now();
        const p = pick(i)().then(async (res) => {
          await res.arrayBuffer();
          if (res.status >= 400) errors.set(`HTTP ${res.status}`, (errors.get(`HTTP ${res.status}`) ?? 0) + 1);
          if (record) latencies.push(performance.now() - t);
        }, (e: unknown) => {
          const k = e instanceof Error ? e.message : String(e);
          errors.set(k, (errors.get(k) ?? 0) + 1);
        }).finally(() => inflight.delete(p));
        inflight.add(p);
      }
      await Promise.all(inflight);
    };
    await run(20, false); // warm-up: JIT, caches, pools
    errors.clear();
    const before = treeRssKb(pid);
    const t0 = performance.now();
    await run(minutes * 60, true);
    const after = treeRssKb(pid);
    const growth = (after - before) / before;
    metric("soak_minutes", minutes, "min");
    metric("soak_requests", latencies.length, "requests");
    metric("soak_rate", latencies.length / ((performance.now() - t0) / 1000), "req/s");
    metric("soak_p95", percentile(latencies, 95), "ms");
    metric("soak_errors", [...errors.values()].reduce((s, n) => s + n, 0), "errors");
    metric("soak_rss_start", Math.round(before / 1024), "MB");
    metric("soak_rss_end", Math.round(after / 1024), "MB");
    metric("soak_rss_growth", growth * 100, "%");
    for (const [k, n] of errors) console.log(`error ${n}× ${k}`);
    process.exitCode = errors.size || growth >= 0.1 ? 1 : 0;
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error("soak thất bại:", e);
  process.exit(1);
});
