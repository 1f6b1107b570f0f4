import "server-only";
import { timingSafeEqual } from "node:crypto";
import { getDb, poolStats } from "@/lib/db";
import { env } from "@/lib/env";
import { isDatabaseUp } from "@/lib/health/queries";
import { getStore } from "@/lib/storage";
import { metrics, queueDepthSource, scrapeGauges } from "@/lib/observability/metrics";

/** 503 when METRICS_TOKEN is unset (no one can read), 401 when the bearer token is wrong, else null. */
export function metricsAuthFailure(authorization: string | null): Response | null {
  const token = env().METRICS_TOKEN;
  if (!token) return new Response("Chưa cấu hình METRICS_TOKEN.", { status: 503 });
  const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, "") ?? "");
  const want = Buffer.from(token);
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    return new Response("Sai mã truy cập.", { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  }
  return null;
}

/** The Prometheus text: this process's request metrics plus pool use, queue depth and decisions per minute. */
export async function metricsText(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics();
  const gauges = scrapeGauges(registry);
  gauges.pool.reset();
  for (const p of poolStats()) {
    gauges.pool.set({ pool: p.pool, state: "total" }, p.total);
    gauges.pool.set({ pool: p.pool, state: "idle" }, p.idle);
    gauges.pool.set({ pool: p.pool, state: "waiting" }, p.waiting);
  }
  const depth = queueDepthSource();
  if (depth) {
    const d = await depth().catch(() => undefined);
    if (typeof d === "number") gauges.queue.set({ queue: "all" }, d);
    else if (d) for (const [q, n] of Object.entries(d)) gauges.queue.set({ queue: q }, n);
  }
  const db = await getDb();
  const decided = await db.decision
    .count({ where: { createdAt: { gte: new Date(Date.now() - 60_000) } } })
    .catch(() => undefined);
  if (decided !== undefined) gauges.decisions.set(decided);
  return { body: await registry.metrics(), contentType: registry.contentType };
}

/** Readiness: the database and the object store both answer (a load balancer stops sending traffic otherwise). */
export async function readiness(): Promise<{ ok: boolean; database: boolean; storage: boolean }> {
  const [database, storage] = await Promise.all([
    isDatabaseUp(),
    Promise.race([
      getStore()
        .ping()
        .then(
          () => true,
          () => false,
        ),
      new Promise<boolean>((r) => setTimeout(() => r(false), 3_000)),
    ]),
  ]);
  return { ok: database && storage, database, storage };
}
