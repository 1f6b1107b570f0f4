// `--only replica`: leader dashboard (lib/dashboard getDashboard, which reads through dbRead) with 50
// concurrent readers, all on the primary, then with the streaming replica on port 5433 configured.
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting, setReplicaForTesting } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/queries";
import { DEFAULT_PERIOD, type DashboardFilters } from "@/lib/dashboard/filters";
import { prismaFor } from "./db-setup";
import { metric, percentile } from "./stats";

const FILTERS: DashboardFilters = {
  ...DEFAULT_PERIOD,
  year: null,
  fund: null,
  category: null,
  commune: null,
  province: null,
};

async function caughtUp(primaryUrl: string, replicaUrl: string): Promise<void> {
  const p = new pg.Client({ connectionString: primaryUrl });
  const r = new pg.Client({ connectionString: replicaUrl });
  await Promise.all([p.connect(), r.connect()]);
  try {
    const lsn = (await p.query<{ l: string }>("SELECT pg_current_wal_lsn()::text l")).rows[0]!.l;
    for (let i = 0; i < 600; i++) {
      const ok = (await r.query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn ok", [lsn])).rows[0]!
        .ok;
      if (ok) return;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error("replica did not catch up in 60 s");
  } finally {
    await Promise.all([p.end(), r.end()]);
  }
}

async function run(
  readers: number,
  perReader: number,
  actor: Actor,
): Promise<{ p95: number; p50: number; rps: number }> {
  const lat: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: readers }, async () => {
      for (let i = 0; i < perReader; i++) {
        const t = performance.now();
        await getDashboard(actor, FILTERS);
        lat.push(performance.now() - t);
      }
    }),
  );
  return { p95: percentile(lat, 95), p50: percentile(lat, 50), rps: lat.length / ((performance.now() - t0) / 1000) };
}

export async function benchReplica(
  primary: PrismaClient,
  url: string,
  replicaUrl: string,
  actor: Actor,
  name: string,
  readers = 50,
  perReader = 6,
): Promise<void> {
  await caughtUp(url, replicaUrl);
  const replica = prismaFor(replicaUrl, readers + 10);
  setDbForTesting(primary);
  try {
    for (const mode of ["primary", "replica"] as const) {
      setReplicaForTesting(mode === "replica" ? replica : undefined);
      await run(readers, 1, actor); // warm-up: connections, plans
      const r = await run(readers, perReader, actor);
      metric(
        `dashboard_${name}_${readers}_readers_p95_${mode}`,
        r.p95,
        `ms (p50 ${r.p50.toFixed(0)} ms, ${r.rps.toFixed(1)} dashboards/s)`,
      );
    }
  } finally {
    setReplicaForTesting(undefined);
    setDbForTesting(undefined);
    await replica.$disconnect();
  }
}
