import http from "node:http";
import { randomUUID } from "node:crypto";
import { runWithContext, type RequestContext } from "@/lib/observability/context";
import { metrics, routePattern } from "@/lib/observability/metrics";

export const LAST_WRITE_COOKIE = "kc_lw";

function lastWrite(cookie: string | undefined): number | undefined {
  const m = cookie ? /(?:^|;\s*)kc_lw=(\d{10,16})/.exec(cookie) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * Wraps every HTTP request the Node server handles (next start, or any custom server built on node:http):
 * a request context (id from X-Request-Id or new; the kc_lw last-write cookie) for logs and replica routing,
 * the rate and latency metrics by route pattern, and — when the request wrote to the database — the kc_lw
 * cookie so the same browser reads the primary for REPLICA_STICKY_SECONDS. Installed once from
 * instrumentation.ts; needs no change to the server.
 */
export function installHttpHook(stickySeconds: number): void {
  const proto = http.Server.prototype as unknown as {
    emit: (ev: string, ...a: unknown[]) => boolean;
    __kcHooked?: boolean;
  };
  if (proto.__kcHooked) return;
  proto.__kcHooked = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, ev: string, ...args: unknown[]) {
    if (ev !== "request") return emit.call(this, ev, ...args);
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    const ctx: RequestContext = {
      requestId,
      route: routePattern(req.url ?? "/"),
      lastWriteMs: lastWrite(req.headers.cookie),
    };
    res.setHeader("X-Request-Id", requestId);
    const writeHead = res.writeHead;
    res.writeHead = function (this: http.ServerResponse, ...wh: unknown[]) {
      if (ctx.wrote && !this.headersSent) {
        const prev = this.getHeader("set-cookie");
        const mine = `${LAST_WRITE_COOKIE}=${Date.now()}; Path=/; Max-Age=${stickySeconds}; HttpOnly; SameSite=Lax`;
        this.setHeader("set-cookie", [...(Array.isArray(prev) ? prev : prev ? [String(prev)] : []), mine]);
      }
      return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, wh);
    } as typeof res.writeHead;
    const started = process.hrtime.bigint();
    res.once("finish", () => {
      const m = metrics();
      const route = ctx.route ?? "/";
      m.requests.inc({ route, method: req.method ?? "GET", status: String(res.statusCode) });
      m.latency.observe({ route, method: req.method ?? "GET" }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    return runWithContext(ctx, () => emit.call(this, ev, ...args));
  };
}
