import type { IncomingMessage } from "node:http";

// How the portal's server (scripts/server.ts) sorts requests before Next sees them.

/** Build output and icons: always served, never queued or refused (they need neither Next's render nor the database). */
const STATIC =
  /^\/(?:_next\/static\/|favicon\.ico$|icon(?:\d*)\.(?:png|svg|ico)$|apple-icon(?:\d*)\.png$|robots\.txt$)/;

export function isStaticAsset(path: string): boolean {
  return STATIC.test(path);
}

/** The health check answers for itself (503 when the database is down) and is never shed. */
export function isHealthCheck(path: string): boolean {
  return path === "/api/health";
}

/** Route handlers and server actions get JSON; people get a page. */
export function wantsJson(req: IncomingMessage, path: string): boolean {
  if (path.startsWith("/api/")) return true;
  if (req.headers["next-action"]) return true;
  const accept = String(req.headers.accept ?? "");
  return accept.includes("application/json") && !accept.includes("text/html");
}

export function pathOf(url: string | undefined): string {
  const raw = url ?? "/";
  const q = raw.indexOf("?");
  return q >= 0 ? raw.slice(0, q) : raw;
}
