// `npm start` (and `npm run demo`, and the e2e suite): the production server. It wraps Next's request
// handler so that what a client sends cannot decide its own address, and the instance degrades plainly:
//  - x-kc-client-ip is always set here from the TCP peer and TRUSTED_PROXY_HOPS (lib/http/client-ip.ts);
//    a copy sent by the client is dropped. Rate limits and audit records read only this header.
//  - bodies declared larger than MAX_BODY_MB get 413 before anything reads them;
//  - while the database is known to be down every dynamic request gets the plain 503 page (JSON for APIs
//    and server actions) with Retry-After; a 5xx from Next is held back until a probe says whether the
//    database is to blame (then it becomes that 503); recovery is automatic (lib/resilience/db-probe.ts);
//  - at most MAX_CONCURRENT_REQUESTS dynamic requests run at once, 2× that wait ≤ 500 ms, the rest get
//    503 + Retry-After at once (lib/resilience/admission.ts). Build output is always served.
// Usage: tsx scripts/server.ts [-p 3000] [-H 0.0.0.0]
import http from "node:http";
import { env } from "@/lib/env";
import { CLIENT_IP_HEADER, resolveClientIp } from "@/lib/http/client-ip";
import { holdServerErrors } from "@/lib/http/intercept";
import { MAX_BODY_BYTES, MAX_BODY_MB } from "@/lib/http/limits";
import { isHealthCheck, isStaticAsset, pathOf, wantsJson } from "@/lib/http/requests";
import { Admission } from "@/lib/resilience/admission";
import { databaseGate, isProbeable, probeDatabase } from "@/lib/resilience/db-probe";
import { OUTAGE, OVERLOAD, plainAnswer, tooLarge } from "@/lib/resilience/outage-page";

const argv = process.argv.slice(2);
const arg = (...names: string[]) => {
  const i = argv.findIndex((a) => names.includes(a));
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = Number(arg("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = arg("-H", "--hostname") ?? process.env.HOSTNAME ?? "0.0.0.0";

// React and Next pick their production builds from NODE_ENV when first loaded: set it before importing.
(process.env as Record<string, string>).NODE_ENV = "production";
const { default: next } = await import("next");

const config = env();
const databaseUrl = config.DATABASE_URL;
const probeable = isProbeable(databaseUrl);
const admission = new Admission(config.MAX_CONCURRENT_REQUESTS, config.MAX_CONCURRENT_REQUESTS * 2, 500);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

function answer(res: http.ServerResponse, plain: Parameters<typeof plainAnswer>[0], json: boolean): void {
  if (res.headersSent) return void res.end();
  const a = plainAnswer(plain, json);
  res.writeHead(a.status, a.headers);
  res.end(a.body);
}

/**
 * 413 at once, then read and drop the rest of the body: a client still sending would otherwise fail with
 * EPIPE before it reads the answer. Past 4× the limit the connection is cut.
 */
function refuseBody(req: http.IncomingMessage, res: http.ServerResponse, json: boolean): void {
  let dropped = 0;
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > 4 * MAX_BODY_BYTES) req.destroy();
  });
  answer(res, tooLarge(MAX_BODY_MB), json);
}

async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  delete req.headers[CLIENT_IP_HEADER];
  const xff = req.headers["x-forwarded-for"];
  req.headers[CLIENT_IP_HEADER] = resolveClientIp(
    req.socket.remoteAddress,
    Array.isArray(xff) ? xff.join(",") : xff,
    config.TRUSTED_PROXY_HOPS,
  );
  const path = pathOf(req.url);
  if (isStaticAsset(path) || isHealthCheck(path)) return handle(req, res);
  const json = wantsJson(req, path);

  const length = Number(req.headers["content-length"] ?? 0);
  if (length > MAX_BODY_BYTES) return refuseBody(req, res, json);

  if (probeable) {
    const gate = databaseGate(databaseUrl);
    if (gate === true || (gate !== false && (await gate))) return answer(res, OUTAGE, json);
  }

  const release = await admission.acquire();
  if (!release) return answer(res, OVERLOAD, json);
  res.once("close", release);
  if (probeable)
    holdServerErrors(
      res,
      () => probeDatabase(databaseUrl),
      () => answer(res, OUTAGE, json),
    );
  await handle(req, res);
}

const server = http.createServer((req, res) => {
  serve(req, res).catch((e: unknown) => {
    console.error("[server]", e instanceof Error ? e.stack : e);
    if (!res.headersSent) {
      res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Lỗi hệ thống / Internal error");
    } else res.end();
  });
});
// Keep-alive longer than a typical load balancer's idle timeout, so it never reuses a socket we closed.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(
    `▲ Cổng khuyến công: http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (tối đa ${admission.max} yêu cầu đồng thời, ${config.TRUSTED_PROXY_HOPS} proxy tin cậy)`,
  );
});

// Shed requests are counted, not logged one by one: one line a minute while shedding.
let lastShed = 0;
setInterval(() => {
  if (admission.shed !== lastShed)
    console.warn(`[admission] ${admission.shed - lastShed} yêu cầu bị từ chối (503) trong 60 s qua`);
  lastShed = admission.shed;
}, 60_000).unref();

let stopping = false;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
