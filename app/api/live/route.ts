export const dynamic = "force-dynamic";

/** Liveness: the process answers. Touches no dependency, so a database outage never restarts the app. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
