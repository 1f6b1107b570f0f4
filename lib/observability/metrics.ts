import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// Prometheus metrics of this process. One registry per process (kept on globalThis so a second copy of the
// module in the bundle shares it). Database-wide figures (decisions per minute) are read at scrape time.
type M = {
  registry: Registry;
  requests: Counter<"route" | "method" | "status">;
  latency: Histogram<"route" | "method">;
};
const g = globalThis as unknown as { __kcMetrics?: M; __kcQueueDepth?: () => Promise<number | Record<string, number>> };

export function metrics(): M {
  if (g.__kcMetrics) return g.__kcMetrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "kc_process_" });
  const requests = new Counter({
    name: "kc_http_requests_total",
    help: "HTTP requests by route pattern, method and status",
    labelNames: ["route", "method", "status"],
    registers: [registry],
  });
  const latency = new Histogram({
    name: "kc_http_request_duration_seconds",
    help: "HTTP request latency by route pattern",
    labelNames: ["route", "method"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  g.__kcMetrics = { registry, requests, latency };
  return g.__kcMetrics;
}

/**
 * Seam for the job queue (lib/jobs, another branch): it calls this once with a function returning the
 * number of waiting jobs (per queue when it returns a record). Until then kc_job_queue_depth is absent,
 * which a dashboard shows as "no data", not as zero.
 */
export function registerQueueDepth(fn: () => Promise<number | Record<string, number>>): void {
  g.__kcQueueDepth = fn;
}

export function queueDepthSource() {
  return g.__kcQueueDepth;
}

/** Scrape-time gauges, fed by the callers (the route reads the database and the pools). */
export function scrapeGauges(registry: Registry) {
  const make = <L extends string>(name: string, help: string, labelNames: L[]) =>
    (registry.getSingleMetric(name) as Gauge<L> | undefined) ??
    new Gauge({ name, help, labelNames, registers: [registry] });
  return {
    pool: make("kc_db_pool_connections", "Database pool connections by pool (primary/replica) and state", [
      "pool",
      "state",
    ]),
    queue: make("kc_job_queue_depth", "Jobs waiting in the queue", ["queue"]),
    decisions: make("kc_decisions_last_minute", "Decisions issued in the last 60 seconds, whole database", []),
  };
}

/** `/can-bo/ho-so/cku7…/tep/42` → `/can-bo/ho-so/:id/tep/:id`: one series per route, not per record. */
export function routePattern(url: string): string {
  const path = url.split("?")[0] ?? "/";
  if (path.startsWith("/_next/")) return "/_next/*";
  return (
    path
      .split("/")
      .map((s) =>
        /^[0-9]+$/.test(s) || /^c[a-z0-9]{20,}$/.test(s) || /^[0-9a-f-]{32,}$/i.test(s) || s.length > 40 ? ":id" : s,
      )
      .join("/") || "/"
  );
}
