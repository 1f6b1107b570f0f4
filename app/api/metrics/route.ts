import { metricsAuthFailure, metricsText } from "@/lib/health/readiness-metrics";

export const dynamic = "force-dynamic";

/** Prometheus scrape endpoint; `Authorization: Bearer $METRICS_TOKEN`. */
export async function GET(req: Request) {
  const denied = metricsAuthFailure(req.headers.get("authorization"));
  if (denied) return denied;
  const { body, contentType } = await metricsText();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
