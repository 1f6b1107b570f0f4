// Leader dashboard through the real data layer (lib/dashboard getDashboard) against the raw SQL of the
// same aggregates: every statement the data layer sent, captured from Prisma's query events and replayed
// on a plain pg client in the same run. Ratio = data layer / raw (goal ≤ 1.3).
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getDashboard } from "@/lib/dashboard/queries";
import { DEFAULT_PERIOD, type DashboardFilters } from "@/lib/dashboard/filters";
import { median, metric, timed } from "./stats";

type Captured = { query: string; params: unknown[] };

const FILTERS: DashboardFilters = {
  ...DEFAULT_PERIOD,
  year: null,
  fund: null,
  category: null,
  commune: null,
  province: null,
};

function onQuery(prisma: PrismaClient, sink: { on: boolean; list: Captured[] }): void {
  (prisma as unknown as { $on: (e: "query", cb: (ev: { query: string; params: string }) => void) => void }).$on(
    "query",
    (ev) => {
      if (!sink.on || /^(BEGIN|COMMIT|ROLLBACK|SET|SELECT 1)\b/i.test(ev.query.trim())) return;
      sink.list.push({ query: ev.query, params: JSON.parse(ev.params) as unknown[] });
    },
  );
}

async function replay(c: pg.Client, list: Captured[]): Promise<number> {
  const t = performance.now();
  for (const q of list)
    await c.query(
      q.query,
      q.params.map((p) => (p !== null && typeof p === "object" ? JSON.stringify(p) : p)),
    );
  return performance.now() - t;
}

export async function benchDashboard(
  prisma: PrismaClient,
  url: string,
  name: string,
  actor: Actor,
  runs = 5,
): Promise<void> {
  const sink = { on: false, list: [] as Captured[] };
  onQuery(prisma, sink);
  setDbForTesting(prisma);
  await getDashboard(actor, FILTERS); // warm-up: plans, caches, connections
  sink.on = true;
  await getDashboard(actor, FILTERS);
  sink.on = false;
  const captured = [...sink.list];
  const layer: number[] = [];
  for (let i = 0; i < runs; i++) layer.push((await timed(() => getDashboard(actor, FILTERS))).ms);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const raw: number[] = [];
  try {
    await replay(c, captured);
    for (let i = 0; i < runs; i++) raw.push(await replay(c, captured));
  } finally {
    await c.end();
  }
  metric(`dashboard_${name}_server_ms`, median(layer), "ms");
  metric(`dashboard_${name}_raw_sql_ms`, median(raw), "ms");
  metric(`dashboard_${name}_statements`, captured.length, "queries");
  metric(`dashboard_${name}_ratio`, median(layer) / median(raw), "x");
}
