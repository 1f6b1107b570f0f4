import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import { Writable } from "node:stream";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { resetEnvForTesting } from "@/lib/env";
import { createLogger, logError, logInfo, setLoggerForTesting } from "@/lib/log";
import { annotateActor } from "@/lib/observability/context";
import { installHttpHook } from "@/lib/observability/http-hook";
import { registerQueueDepth, routePattern } from "@/lib/observability/metrics";
import { GET as metricsGet } from "@/app/api/metrics/route";
import { GET as readyGet } from "@/app/api/ready/route";
import { GET as liveGet } from "@/app/api/live/route";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

const TOKEN = "metrics-token-0123456789";
let t: PgliteTestDb;
let db: PrismaClient;
const lines: Array<Record<string, unknown>> = [];
let server: http.Server;
const PORT = 3242;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  setLoggerForTesting(createLogger(sink, "debug"));
  installHttpHook(10);
  // A stand-in for a route handler + action + query chain: the actor is known, a query runs, a line is logged.
  server = http.createServer(async (req, res) => {
    annotateActor({ id: "user-123", agencyId: "agency-9" });
    const n = await db.user.count();
    logInfo("proposal.viewed", {
      proposalId: "p-1",
      users: n,
      email: "chu.co.so@example.vn",
      phone: "0912345678",
      name: "Nguyễn Văn A",
    });
    if (req.url?.startsWith("/boom")) logError("abc12345", new Error("boom"));
    res.end("ok");
  });
  await new Promise<void>((r) => server.listen(PORT, "127.0.0.1", r));
}, 180_000);

afterAll(async () => {
  await new Promise((r) => server.close(r));
  setLoggerForTesting(undefined);
  setDbForTesting(undefined);
  delete process.env.METRICS_TOKEN;
  resetEnvForTesting();
  await t?.close();
});

describe("structured logs", () => {
  it("every line of a request carries its request id, route, user id and agency; personal data is redacted", async () => {
    const res = await fetch(`http://127.0.0.1:${PORT}/can-bo/ho-so/cm4k2v9x0000008l3h2a1b2c3?tab=1`, {
      headers: { "x-request-id": "req-abcdef12" },
    });
    expect(res.headers.get("x-request-id")).toBe("req-abcdef12");
    await fetch(`http://127.0.0.1:${PORT}/boom`);
    const mine = lines.filter((l) => l.requestId === "req-abcdef12");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      msg: "proposal.viewed",
      route: "/can-bo/ho-so/:id",
      userId: "user-123",
      agencyId: "agency-9",
      proposalId: "p-1",
      level: 30,
    });
    const raw = JSON.stringify(lines);
    for (const personal of ["chu.co.so@example.vn", "0912345678", "Nguyễn Văn A"]) expect(raw).not.toContain(personal);
    expect(mine[0]!.email).toBe("[redacted]");
    const err = lines.find((l) => l.errorId === "abc12345");
    expect(err).toMatchObject({ level: 50, route: "/boom", error: { type: "Error", message: "boom" } });
    expect(typeof err!.requestId).toBe("string");
  });
});

describe("/api/metrics, /api/ready, /api/live", () => {
  const scrape = (auth?: string) =>
    metricsGet(new Request("http://x/api/metrics", { headers: auth ? { authorization: auth } : {} }));

  it("503 without METRICS_TOKEN configured, 401 with a wrong or missing token", async () => {
    delete process.env.METRICS_TOKEN;
    resetEnvForTesting();
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(503);
    process.env.METRICS_TOKEN = TOKEN;
    resetEnvForTesting();
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer wrong-token-0123456789")).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
  });

  it("with the token: request rate and latency by route, queue depth, decisions per minute", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    resetEnvForTesting();
    registerQueueDepth(async () => ({ email: 4 }));
    await fetch(`http://127.0.0.1:${PORT}/cong-khai/de-an/123`);
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const body = await res.text();
    expect(body).toMatch(/kc_http_requests_total\{route="\/cong-khai\/de-an\/:id",method="GET",status="200"\} \d+/);
    expect(body).toMatch(
      /kc_http_request_duration_seconds_bucket\{le="[\d.]+",route="\/cong-khai\/de-an\/:id",method="GET"\}/,
    );
    expect(body).toContain('kc_job_queue_depth{queue="email"} 4');
    expect(body).toMatch(/kc_decisions_last_minute \d+/);
  });

  it("liveness answers without dependencies; readiness checks database and store", async () => {
    expect((await liveGet()).status).toBe(200);
    const ready = await readyGet();
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", database: "up", storage: "up" });
  });

  it("route patterns collapse ids so one series per route", () => {
    expect(routePattern("/can-bo/thuc-hien/cm4k2v9x0000008l3h2a1b2c3/tep/42?x=1")).toBe(
      "/can-bo/thuc-hien/:id/tep/:id",
    );
    expect(routePattern("/_next/static/chunks/a.js")).toBe("/_next/*");
  });
});
