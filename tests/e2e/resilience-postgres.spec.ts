// HTTP-level resilience of the built portal, served by its own server (scripts/server.ts) on a fresh
// seeded PostgreSQL database: client addresses that cannot be forged, 413 and the field message for
// uploads, the lost database (503 + Retry-After on a page, an API route and a server action; recovery by
// itself; nothing half-written) and shedding under overload.
import { expect, test } from "@playwright/test";
import { signInCookie } from "../../scripts/bench/auth-client";
import type { Server } from "../../scripts/bench/server";
import { actionId, BASE_PORT, callAction, freshDatabase, portal, requirePostgres, sql } from "./resilience-server";

test.describe.configure({ mode: "serial", timeout: 240_000 });

let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: Server;
let enterprise: string;
let ids: { training: string; commune: string };

const draft = (title: string) => ({
  proposalId: null,
  establishmentId: null,
  data: {
    activityCategoryId: ids.training,
    title,
    objectives: "Đào tạo 30 lao động nông thôn nghề mộc mỹ nghệ.",
    communeId: ids.commune,
    location: "Xã Yên Lạc",
    startDate: "2027-03-01",
    endDate: "2027-06-30",
    attestCounterpart: true,
    attestNoDoubleFunding: true,
    lines: [
      {
        item: "Lớp đào tạo 30 học viên",
        costKind: "TRAINING",
        quantity: "30",
        unit: "học viên",
        unitPrice: "3 triệu",
        requestedSupport: "60 triệu",
      },
    ],
  },
});

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await requirePostgres();
  db = await freshDatabase("pg");
  server = await portal(BASE_PORT, db.url);
  enterprise = await signInCookie(server.base, "doanhnghiep@demo.vn");
  const [a] = await sql<{ id: string }>(
    db.url,
    `SELECT id FROM "ActivityCategory" WHERE code = 'DAO_TAO_NGHE' AND "validTo" IS NULL`,
  );
  const [e] = await sql<{ communeId: string }>(
    db.url,
    `SELECT e."communeId" FROM "User" u JOIN "Establishment" e ON e.id = u."establishmentId" WHERE u.email = 'doanhnghiep@demo.vn'`,
  );
  ids = { training: a!.id, commune: e!.communeId };
});

test.afterAll(async () => {
  if (db)
    await sql(db.url.replace(/\/[^/]+$/, "/postgres"), `ALTER DATABASE ${db.name} WITH ALLOW_CONNECTIONS true`).catch(
      () => {},
    );
  await server?.stop();
  await db?.drop();
});

test("forged X-Forwarded-For or x-kc-client-ip neither dodge the open-data limit nor add rate-limit rows", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 61; i++) {
    const r = await fetch(`${server.base}/api/public/v1/de-an`, {
      headers: {
        "X-Forwarded-For": `203.0.113.${i}`,
        "X-Real-IP": `198.51.100.${i}`,
        "x-kc-client-ip": `192.0.2.${i}`,
      },
    });
    await r.arrayBuffer();
    statuses.push(r.status);
  }
  expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
  expect(statuses[60]).toBe(429);
  const rows = await sql<{ key: string }>(db.url, `SELECT key FROM "RateLimitBucket" WHERE key LIKE 'public-api:%'`);
  expect(rows.map((r) => r.key)).toEqual(["public-api:127.0.0.1"]);
});

test("a body far over the limit gets 413 at once, as a page or as JSON", async () => {
  const big = new Uint8Array(30 * 1024 * 1024);
  const page = await fetch(`${server.base}/doanh-nghiep/ho-so/moi`, {
    method: "POST",
    body: big,
    headers: { Cookie: enterprise, "Content-Type": "application/octet-stream" },
  });
  expect(page.status).toBe(413);
  expect(await page.text()).toContain("Dữ liệu gửi lên quá lớn");
  const api = await fetch(`${server.base}/api/public/v1/de-an`, { method: "POST", body: big });
  expect(api.status).toBe(413);
  expect((await api.json()).code).toBe("PAYLOAD_TOO_LARGE");
});

test("an 11 MB file reaches the upload action and gets 'Tệp vượt quá 10 MB' for its field", async () => {
  const file = new Uint8Array(11 * 1024 * 1024);
  file.set(new TextEncoder().encode("%PDF-1.7\n"));
  // React's encoding of a FormData argument: its entries prefixed "_1_", the arguments as part "0".
  const form = new FormData();
  form.set("_1_proposalId", "ckresiliencedraft00000000");
  form.set("_1_kind", "QUOTATION");
  form.set("_1_file", new Blob([file], { type: "application/pdf" }), "bao-gia.pdf");
  form.set("0", JSON.stringify(["$K1"]));
  const r = await fetch(`${server.base}/doanh-nghiep/ho-so/moi`, {
    method: "POST",
    body: form,
    headers: {
      Cookie: enterprise,
      "Next-Action": actionId("uploadDocumentAction"),
      Accept: "text/x-component",
      Origin: server.base,
    },
  });
  const text = await r.text();
  expect(r.status).toBe(200);
  expect(text).toContain("Tệp vượt quá 10 MB");
  expect(text).toMatch(/"fieldErrors":\{"file":\[/);
});

test("a lost database answers 503 + Retry-After on a page, an API route and a server action, and service resumes by itself", async () => {
  const before = await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "Proposal"`);
  const admin = db.url.replace(/\/[^/]+$/, "/postgres");
  await sql(admin, `ALTER DATABASE ${db.name} WITH ALLOW_CONNECTIONS false`);
  await sql(
    admin,
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [db.name],
  );

  // A page that reads the database (the signed-in person's row): the outage page, not a 500.
  const page = await fetch(`${server.base}/doanh-nghiep`, { headers: { Cookie: enterprise } });
  expect(page.status).toBe(503);
  expect(Number(page.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await page.text()).toContain("Hệ thống tạm thời gián đoạn");

  const api = await fetch(`${server.base}/api/public/v1/chi-tieu`, {});
  expect(api.status).toBe(503);
  expect(api.headers.get("retry-after")).toBeTruthy();
  expect((await api.json()).code).toBe("DATABASE_UNAVAILABLE");

  const action = await callAction(
    server.base,
    "/doanh-nghiep/ho-so/moi",
    "saveDraftAction",
    [draft("Đề án gửi trong lúc mất cơ sở dữ liệu")],
    enterprise,
  );
  expect(action.status).toBe(503);
  expect(action.headers.get("retry-after")).toBeTruthy();
  await action.arrayBuffer();

  await sql(admin, `ALTER DATABASE ${db.name} WITH ALLOW_CONNECTIONS true`);
  const t0 = Date.now();
  let status = 0;
  // The first render after recovery compiles the page and opens new connections: slow on a busy machine.
  const attempts: string[] = [];
  while (Date.now() - t0 < 90_000) {
    const r = await fetch(`${server.base}/doanh-nghiep`, {
      headers: { Cookie: enterprise },
      signal: AbortSignal.timeout(10_000),
    }).then(
      async (x) => (await x.arrayBuffer(), x.status),
      (e: unknown) => (e instanceof Error ? e.name : "error"),
    );
    attempts.push(`${Date.now() - t0}ms:${r}`);
    status = typeof r === "number" ? r : 0;
    if (status === 200) break;
    await new Promise((res) => setTimeout(res, 250));
  }
  console.log(`recovery attempts: ${attempts.join(" ")}`);
  expect(status).toBe(200);
  console.log(`recovered ${Date.now() - t0} ms after the database returned`);

  const saved = await callAction(
    server.base,
    "/doanh-nghiep/ho-so/moi",
    "saveDraftAction",
    [draft("Đề án gửi sau khi cơ sở dữ liệu trở lại")],
    enterprise,
  );
  expect(saved.status).toBe(200);
  expect(await saved.text()).toContain(`"ok":true`);
  // Nothing half-written: the attempt during the outage left no row; the one after is whole.
  const after = await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "Proposal"`);
  expect(after[0]!.n).toBe(before[0]!.n + 1);
  expect(await sql(db.url, `SELECT 1 FROM "Proposal" WHERE title LIKE '%trong lúc mất%'`)).toHaveLength(0);
  expect(await sql(db.url, `SELECT 1 FROM "Proposal" WHERE title LIKE '%sau khi%'`)).toHaveLength(1);
});

test("past its capacity an instance answers 503 + Retry-After fast, keeps serving static files, and recovers", async () => {
  const small = await portal(BASE_PORT + 1, db.url, { MAX_CONCURRENT_REQUESTS: "2" });
  try {
    const home = await (await fetch(`${small.base}/`)).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(home)?.[0];
    expect(asset).toBeTruthy();
    const t0 = Date.now();
    const burst = Array.from({ length: 60 }, () =>
      fetch(`${small.base}/cong-khai`).then(async (r) => ({
        status: r.status,
        retry: r.headers.get("retry-after"),
        ms: (await r.arrayBuffer(), Date.now() - t0),
      })),
    );
    const staticDuring = await fetch(`${small.base}${asset}`);
    expect(staticDuring.status).toBe(200);
    const results = await Promise.all(burst);
    const shed = results.filter((r) => r.status === 503);
    expect(results.every((r) => r.status === 200 || r.status === 503)).toBe(true);
    expect(shed.length).toBeGreaterThan(0);
    expect(shed.every((r) => Number(r.retry) > 0)).toBe(true);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(2);
    const after = await fetch(`${small.base}/cong-khai`);
    expect(after.status).toBe(200);
  } finally {
    await small.stop();
  }
});

test("pages are gzipped by default, and sent plain with HTTP_COMPRESSION=off (a compressing proxy in front)", async () => {
  const ask = { headers: { "accept-encoding": "gzip" } };
  const on = await fetch(`${server.base}/cong-khai`, ask);
  expect(on.status).toBe(200);
  expect(on.headers.get("content-encoding")).toBe("gzip");
  const onText = await on.text();
  expect(onText).toContain("</html>");
  const plain = await portal(BASE_PORT + 2, db.url, { HTTP_COMPRESSION: "off" });
  try {
    const off = await fetch(`${plain.base}/cong-khai`, ask);
    expect(off.status).toBe(200);
    expect(off.headers.get("content-encoding")).toBeNull();
    // The same page, whole: only the transfer differs.
    const offText = await off.text();
    expect(offText).toContain("</html>");
    expect(offText.length).toBeGreaterThan(onText.length * 0.9);
    const asset = /\/_next\/static\/[^"]+\.js/.exec(offText)?.[0];
    expect(asset).toBeTruthy();
    const js = await fetch(`${plain.base}${asset}`, ask);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-encoding")).toBeNull();
  } finally {
    await plain.stop();
  }
  // A value the portal does not know stops it at start-up, naming the setting (never a silent guess).
  await expect(portal(BASE_PORT + 3, db.url, { HTTP_COMPRESSION: "false" })).rejects.toThrow(/HTTP_COMPRESSION/);
});
