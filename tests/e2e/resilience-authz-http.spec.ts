// The authorization matrix and a sample of the fuzz cases over HTTP, against the built server: every
// static page of the portal × every role (expected outcome from lib/auth/permissions.ts and the page's own
// requireActor(capability)), route handlers, and server actions called by their action id, as a hand-made
// client would. Denied is 403 (another role's page) or 404 (a record whose existence is private), never
// a 500; the lib/-level matrix is tests/integration/authz-matrix.test.ts.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { can, type Capability } from "../../lib/auth/permissions";
import type { Role } from "../../lib/generated/prisma/enums";
import { signInCookie } from "../../scripts/bench/auth-client";
import { ACCOUNTS } from "./helpers";
import { actionId } from "./resilience-server";

const ROLES: Array<[keyof typeof ACCOUNTS, Role]> = [
  ["enterprise", "ENTERPRISE"],
  ["staff", "STAFF"],
  ["appraiser1", "APPRAISER"],
  ["leader", "LEADER"],
  ["admin", "ADMIN"],
  ["ministry", "MINISTRY_VIEWER"],
];

/** Static pages and the capability their page.tsx requires: null = any signed-in person; undefined = public. */
function pages(): Array<{ url: string; cap: Capability | null | undefined }> {
  const out: Array<{ url: string; cap: Capability | null | undefined }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) {
        if (!name.startsWith("[") && name !== "api") walk(p);
      } else if (name === "page.tsx") {
        const src = readFileSync(p, "utf8");
        const m = /requireActor\(("([a-zA-Z.]+)")?\)/.exec(src);
        out.push({
          url: `/${path.relative("app", dir)}`.replace(/\/$/, "") || "/",
          cap: m ? ((m[2] as Capability | undefined) ?? null) : undefined,
        });
      }
    }
  };
  walk("app");
  return out.filter((p) => p.cap !== undefined);
}

const cookies = new Map<string, string>();
async function cookieOf(base: string, account: keyof typeof ACCOUNTS): Promise<string> {
  if (!cookies.has(account)) cookies.set(account, await signInCookie(base, ACCOUNTS[account]));
  return cookies.get(account)!;
}

test.describe.configure({ timeout: 300_000 });

// Pages whose own query refuses a role the page admits (a ForbiddenError from lib/ during render): 500
// today. Listed so the rest of the matrix stays enforced; the test fails once one of them is fixed, so
// that the entry is removed. Reported to the owners of these pages (issue 11 report).
const KNOWN_500 = new Set<string>([]);

test("every role × every guarded page: 200 when its role may, 403 page otherwise, never 500", async ({ baseURL }) => {
  const rows: string[] = [];
  const list = pages();
  expect(list.length).toBeGreaterThan(20);
  for (const [account, role] of ROLES) {
    const cookie = await cookieOf(baseURL!, account);
    for (const { url, cap } of list) {
      const r = await fetch(`${baseURL}${url}`, { headers: { Cookie: cookie }, redirect: "manual" });
      const body = await r.text();
      const allowed = cap === null || can(role, cap!);
      // A page any signed-in person may open can still hide what is not theirs (404).
      const fine = allowed
        ? r.status === 200 || (r.status >= 300 && r.status < 400) || (cap === null && r.status === 404)
        : r.status === 403 && body.includes("Bạn không có quyền xem trang này");
      const key = `${role} ${url}`;
      if (KNOWN_500.has(key)) {
        if (r.status !== 500) rows.push(`${key}: fixed (${r.status}); remove it from KNOWN_500`);
      } else if (!fine)
        rows.push(`${key} (${cap ?? "signed-in"}): expected ${allowed ? "200" : "403"}, got ${r.status}`);
    }
  }
  expect(rows).toEqual([]);
});

test("anonymous visitors are sent to sign-in from every guarded page", async ({ baseURL }) => {
  for (const { url } of pages()) {
    const r = await fetch(`${baseURL}${url}`, { redirect: "manual" });
    expect([307, 308, 303, 302], url).toContain(r.status);
    expect(r.headers.get("location"), url).toContain("/dang-nhap");
  }
});

test("another province's dossier is hidden (404), over HTTP", async ({ baseURL }) => {
  const own = await cookieOf(baseURL!, "staff");
  const list = await (await fetch(`${baseURL}/can-bo/ho-so`, { headers: { Cookie: own } })).text();
  const id = /\/can-bo\/ho-so\/([a-z0-9]{20,})/.exec(list)?.[1];
  expect(id).toBeTruthy();
  expect((await fetch(`${baseURL}/can-bo/ho-so/${id}`, { headers: { Cookie: own } })).status).toBe(200);
  const other = await signInCookie(baseURL!, ACCOUNTS.otherProvinceStaff);
  const r = await fetch(`${baseURL}/can-bo/ho-so/${id}`, { headers: { Cookie: other } });
  expect(r.status).toBe(404);
});

test("route handlers: exports and import templates refuse roles without the capability", async ({ baseURL }) => {
  const rows: string[] = [];
  const routes: Array<[string, Capability]> = [
    ["/api/export/dashboard?format=csv", "reports.export"],
    ["/api/import/template", "data.import"],
  ];
  for (const [account, role] of ROLES) {
    const cookie = await cookieOf(baseURL!, account);
    for (const [url, cap] of routes) {
      const r = await fetch(`${baseURL}${url}`, { headers: { Cookie: cookie } });
      await r.arrayBuffer();
      const ok = can(role, cap) ? r.status === 200 || r.status === 403 : r.status === 403 || r.status === 404;
      if (!ok || r.status >= 500) rows.push(`${role} ${url}: ${r.status}`);
    }
  }
  expect(rows).toEqual([]);
});

test("server actions by id: another role's action answers 403 and writes nothing; anonymous is redirected", async ({
  baseURL,
}) => {
  const form = () => {
    const f = new FormData();
    f.set("_1_activityCode", "DAO_TAO_NGHE");
    f.set("0", JSON.stringify([{ ok: false }, "$K1"]));
    return f;
  };
  for (const [account, role] of ROLES) {
    const r = await fetch(`${baseURL}/quan-tri/quy-tac`, {
      method: "POST",
      body: form(),
      headers: {
        Cookie: await cookieOf(baseURL!, account),
        "Next-Action": actionId("addRulePeriodAction"),
        Accept: "text/x-component",
        Origin: baseURL!,
      },
    });
    const text = await r.text();
    if (can(role, "rules.manage")) {
      expect(r.status, role).toBe(200);
      expect(text, role).toContain(`"ok":false`); // incomplete input: field messages, nothing written
    } else expect(r.status, role).toBe(403);
  }
  const anon = await fetch(`${baseURL}/doanh-nghiep/ho-so/moi`, {
    method: "POST",
    body: JSON.stringify([{ proposalId: null, establishmentId: null, data: {} }]),
    redirect: "manual",
    headers: {
      "Next-Action": actionId("saveDraftAction"),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseURL!,
    },
  });
  await anon.arrayBuffer();
  expect(anon.status).not.toBe(500);
  expect(
    `${anon.status} ${anon.headers.get("location") ?? ""} ${anon.headers.get("x-action-redirect") ?? ""}`,
  ).toContain("/dang-nhap");
});

test("fuzz sample over HTTP: arbitrary draft payloads get a message, never a 500 or a stack", async ({ baseURL }) => {
  const cookie = await cookieOf(baseURL!, "enterprise");
  const nasty = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "",
      "1e309",
      "12,5 triệu",
      "31/02/2026",
      '\'; DROP TABLE "Proposal"; --',
      "<script>alert(1)</script>",
      "\u0000",
      "a".repeat(5000),
    ),
  );
  const value = fc.oneof(
    nasty,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(nasty, { maxLength: 3 }),
  );
  const input = fc.oneof(
    fc.record(
      {
        proposalId: fc.oneof(fc.constant(null), nasty),
        establishmentId: fc.constant(null),
        data: fc.dictionary(
          fc.constantFrom("title", "activityCategoryId", "communeId", "startDate", "endDate", "lines", "objectives"),
          value,
        ),
      },
      { requiredKeys: [] },
    ),
    value,
  );
  await fc.assert(
    fc.asyncProperty(input, async (arg) => {
      const r = await fetch(`${baseURL}/doanh-nghiep/ho-so/moi`, {
        method: "POST",
        body: JSON.stringify([arg]),
        headers: {
          Cookie: cookie,
          "Next-Action": actionId("saveDraftAction"),
          Accept: "text/x-component",
          "Content-Type": "text/plain;charset=UTF-8",
          Origin: baseURL!,
        },
      });
      const text = await r.text();
      expect(r.status).toBeLessThan(500);
      expect(text).not.toMatch(/\n\s+at [^\n]+\(/); // no stack trace
      expect(text).not.toContain("Đã có lỗi hệ thống");
    }),
    { numRuns: 40, seed: 11 },
  );
});
