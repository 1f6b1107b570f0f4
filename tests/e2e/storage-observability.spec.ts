import { test, expect } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { startServer, type Server } from "../../scripts/bench/server";
import { signInCookie } from "../../scripts/bench/auth-client";

// Its own `next start` of the same build, configured as a national deployment whose object store is DOWN
// (S3 endpoint on a port where nothing listens) and with a metrics token: the probes, the metrics auth, the
// request id, the JSON logs and the 503 on upload are checked over HTTP against the running server.
const PORT = Number(process.env.E2E_OBS_PORT ?? 3243);
const TOKEN = "e2e-metrics-token-0123456789";
const DATA = `pglite:./data/e2e-obs-${PORT}`;
const LOG = `./data/e2e-obs-${PORT}.log`;
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const prep = spawnSync("npx", ["tsx", "scripts/prepare-db.ts", "--reset"], {
    env: { ...process.env, DATABASE_URL: DATA },
    encoding: "utf8",
  });
  if (prep.status !== 0) throw new Error(prep.stderr);
  server = await startServer({
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    port: PORT,
    databaseUrl: DATA,
    logFile: LOG,
    env: {
      METRICS_TOKEN: TOKEN,
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: "http://127.0.0.1:3249",
      S3_ACCESS_KEY_ID: "x",
      S3_SECRET_ACCESS_KEY: "y",
      LOG_LEVEL: "info",
    },
  });
});

test.afterAll(async () => server?.stop());

test("liveness 200; readiness 503 naming the store while the database (and /api/health) stay up", async () => {
  expect((await fetch(`${server.base}/api/live`)).status).toBe(200);
  const ready = await fetch(`${server.base}/api/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ status: "error", database: "up", storage: "down" });
  expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
});

test("metrics need the bearer token; with it, request counts and latency by route", async () => {
  expect((await fetch(`${server.base}/api/metrics`)).status).toBe(401);
  expect(
    (await fetch(`${server.base}/api/metrics`, { headers: { authorization: "Bearer wrong-wrong-wrong-wrong" } }))
      .status,
  ).toBe(401);
  await (await fetch(`${server.base}/cong-khai`)).text(); // the count lands when the response has finished
  const res = await fetch(`${server.base}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  const body = await res.text();
  expect(body).toMatch(/kc_http_requests_total\{route="\/cong-khai",method="GET",status="200"\} [1-9]/);
  expect(body).toMatch(/kc_http_request_duration_seconds_count\{route="\/cong-khai",method="GET"\} [1-9]/);
  expect(body).toMatch(/kc_decisions_last_minute \d+/);
});

test("every response carries a request id (a valid incoming one is kept)", async () => {
  expect((await fetch(`${server.base}/`)).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  expect(
    (await fetch(`${server.base}/`, { headers: { "x-request-id": "lb-req-12345678" } })).headers.get("x-request-id"),
  ).toBe("lb-req-12345678");
});

test("store down: an upload answers 503 in Vietnamese, pages keep working, and the JSON log line has ids only", async () => {
  expect((await fetch(`${server.base}/api/tep`, { method: "POST", body: new FormData() })).status).toBe(401);
  const cookie = await signInCookie(server.base, "doanhnghiep@demo.vn");
  const home = await fetch(`${server.base}/doanh-nghiep`, { headers: { cookie } });
  expect(home.status).toBe(200);
  const ids = [
    ...new Set([...(await home.text()).matchAll(/\/doanh-nghiep\/ho-so\/([a-z0-9]{20,})/g)].map((m) => m[1]!)),
  ];
  expect(ids.length).toBeGreaterThan(0);
  const statuses: number[] = [];
  let message = "";
  for (const id of ids) {
    const form = new FormData();
    form.set("proposalId", id);
    form.set("kind", "OTHER");
    form.set(
      "file",
      new Blob(["%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"], { type: "application/pdf" }),
      "bao-gia.pdf",
    );
    const r = await fetch(`${server.base}/api/tep`, {
      method: "POST",
      body: form,
      headers: { cookie, "x-request-id": `upload-${id.slice(0, 12)}` },
    });
    statuses.push(r.status);
    if (r.status === 503) message = ((await r.json()) as { message: string }).message;
  }
  expect(statuses).toContain(503); // the demo draft D1
  expect(statuses.every((s) => s === 503 || s === 409)).toBe(true); // submitted dossiers: refused before the store
  expect(message).toContain("Kho lưu tệp tạm thời không hoạt động");
  expect((await fetch(`${server.base}/doanh-nghiep`, { headers: { cookie } })).status).toBe(200);
  const lines = readFileSync(LOG.replace(/^pglite:/, ""), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const s3Error = lines.find((l) => l.errorId === "s3-put");
  expect(s3Error).toMatchObject({ route: "/api/tep", level: 50 });
  expect(String(s3Error!.requestId)).toMatch(/^upload-/);
  expect(typeof s3Error!.userId).toBe("string");
  expect(JSON.stringify(lines)).not.toContain("doanhnghiep@demo.vn");
});
