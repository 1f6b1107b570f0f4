import { readiness } from "@/lib/health/readiness-metrics";

export const dynamic = "force-dynamic";

/** Readiness for the load balancer: 200 when the database and the object store answer, 503 otherwise. */
export async function GET() {
  const r = await readiness();
  return Response.json(
    { status: r.ok ? "ok" : "error", database: r.database ? "up" : "down", storage: r.storage ? "up" : "down" },
    { status: r.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
