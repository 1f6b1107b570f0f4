// The honest page benchmark (issue 21): each page is fetched over HTTP from the production build, signed in as the
// user who reads it, and — interleaved in the same rounds — the same figures are computed by SQL written in pages-sql.ts from
// the schema, independently of the portal's code: once on the base tables (Proposal, LedgerEntry, Settlement,
// Result, Target) and once on the roll-up tables (ProposalTotal, ResultTotal). The SQL runs as the app runs its own:
// statements of one page in parallel on a pool with `jit=off` and `work_mem=16MB` (lib/db.ts pgPoolConfig). Nothing is replayed from
// the app, so a ratio near 1 is a finding, not a construction.
//
// `npm run bench -- --scale national --only pages [--rounds 12] [--dist .next-bench] [--port 3119]`
import { loadavg, cpus } from "node:os";
import { existsSync } from "node:fs";
import pg from "pg";
import { signInCookie } from "./auth-client";
import { startServer } from "./server";
import { metric, percentile } from "./stats";
import {
  COMMITTED,
  PERIOD,
  INDEX_MONTH,
  scoped,
  proposalFiguresBase,
  proposalFiguresRollup,
  resultsBase,
  resultsRollup,
  resultsAreaRollup,
  targets,
  ownerGroupsBase,
  ownerGroupsRollup,
  serviceIndexSql,
  fundsByActivityBase,
  fundsByActivityRollup,
  typicalProducts,
  type Sql,
} from "./pages-sql";

type Case = {
  name: string;
  user: string;
  path: string;
  /** Independent SQL on the base tables for the figures the page shows (null: none written for this page). */
  base: (scope: string[] | null) => Sql[];
  /** The same figures from the roll-up tables (null: the roll-ups do not hold them). */
  rollup: ((scope: string[] | null) => Sql[]) | null;
};

const CASES: Case[] = [
  {
    name: "leader_dashboard_biggest_province",
    user: "lanhdao.b01@bench.vn",
    // minhHoa=1: the generated data set is all illustrative (Proposal.fictional); without it the page leaves every
    // amount out and would do less work than the SQL below.
    path: "/lanh-dao/bang-dieu-khien?minhHoa=1",
    base: (s) => [
      proposalFiguresBase(s),
      resultsBase(s, false),
      resultsBase(s, true),
      targets(s),
      ...ownerGroupsBase(s),
      fundsByActivityBase(s),
      typicalProducts(s),
    ],
    rollup: (s) => [
      proposalFiguresRollup(s),
      resultsRollup(s),
      resultsAreaRollup(s),
      targets(s),
      ...ownerGroupsRollup(s),
      fundsByActivityRollup(s),
      typicalProducts(s),
    ],
  },
  {
    name: "ministry_dashboard_country",
    user: "bo@demo.vn",
    path: "/lanh-dao/bang-dieu-khien?minhHoa=1",
    base: () => [
      proposalFiguresBase(null),
      resultsBase(null, false),
      resultsBase(null, true),
      targets(null),
      ...ownerGroupsBase(null),
      fundsByActivityBase(null),
      typicalProducts(null),
    ],
    rollup: () => [
      proposalFiguresRollup(null),
      resultsRollup(null),
      resultsAreaRollup(null),
      targets(null),
      ...ownerGroupsRollup(null),
      fundsByActivityRollup(null),
      typicalProducts(null),
    ],
  },
  {
    name: "ministry_overview_country",
    user: "bo@demo.vn",
    path: "/bo-cong-thuong",
    // Status counts of every đề án, and money per province.
    base: () => [
      { text: `SELECT p.status, count(*) FROM "Proposal" p GROUP BY 1`, values: [] },
      {
        text: `SELECT a."provinceId", count(*), sum(COALESCE(p."approvedSupport", 0)) FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId"
               WHERE p.status::text = ANY($1::text[]) AND p.year BETWEEN $2 AND $3 GROUP BY 1`,
        values: [COMMITTED, PERIOD.from, PERIOD.to],
      },
    ],
    // Status counts from "ProposalStatusCount" (per agency, status and shard), money per province from "ProposalTotal".
    rollup: () => [
      { text: `SELECT c.status, sum(c.n) FROM "ProposalStatusCount" c GROUP BY 1 HAVING sum(c.n) <> 0`, values: [] },
      {
        text: `SELECT t."provinceId", sum(t.n), sum(t.committed) FROM "ProposalTotal" t WHERE t."isCommitted" AND t.year BETWEEN $1 AND $2 GROUP BY 1`,
        values: [PERIOD.from, PERIOD.to],
      },
    ],
  },
  {
    name: "staff_queue_search_det_may",
    user: "chuyenvien.b01@bench.vn",
    path: "/can-bo/ho-so?xem=tat-ca&q=det%20may",
    base: (s) => {
      const values: unknown[] = ["%det may%"];
      const where = scoped(`a."provinceId"`, s, values);
      const from = `FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId" WHERE p."searchText" LIKE $1${where}`;
      return [
        { text: `SELECT count(*) ${from}`, values },
        {
          text: `SELECT p.id, p.code, p.title, p.status, p."submittedAt" ${from} ORDER BY p."submittedAt" DESC NULLS LAST, p.id LIMIT 50`,
          values,
        },
      ];
    },
    rollup: null,
  },
  {
    name: "ministry_drilldown_unfiltered",
    user: "bo@demo.vn",
    path: "/lanh-dao/bang-dieu-khien/chi-tiet?minhHoa=1",
    // The first page (100 rows, biggest commitments of the latest year first) and the totals over all rows.
    base: () => {
      const values: unknown[] = [COMMITTED, PERIOD.from, PERIOD.to];
      const from = `FROM "Proposal" p WHERE p.status::text = ANY($1::text[]) AND p.year BETWEEN $2 AND $3`;
      return [
        { text: `SELECT count(*), sum(COALESCE(p."approvedSupport", 0)), sum(p.counterpart) ${from}`, values },
        {
          text: `SELECT p.id, p.code, p.title, p.year, p.fund, p.status, COALESCE(p."approvedSupport", 0) AS committed ${from} ORDER BY p.year DESC, committed DESC, p.id LIMIT 101`,
          values,
        },
      ];
    },
    rollup: null,
  },
  {
    name: "ministry_service_index_month",
    user: "bo@demo.vn",
    path: `/lanh-dao/chi-so-phuc-vu?thang=${INDEX_MONTH.label}&minhHoa=1`,
    base: () => serviceIndexSql(null),
    rollup: null,
  },
  {
    name: "leader_service_index_biggest_province",
    user: "lanhdao.b01@bench.vn",
    path: `/lanh-dao/chi-so-phuc-vu?thang=${INDEX_MONTH.label}&minhHoa=1`,
    base: (s) => serviceIndexSql(s),
    rollup: null,
  },
  {
    name: "staff_implementation_board_biggest_province",
    user: "chuyenvien.b01@bench.vn",
    path: "/can-bo/thuc-hien",
    // The first page (100 rows), the money totals over the whole scope, and the accepted results per indicator.
    base: (s) => {
      const values: unknown[] = [[...COMMITTED, "STOPPED", "RETURNED"]];
      const where = scoped(`a."provinceId"`, s, values);
      const from = `FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId" WHERE p.status::text = ANY($1::text[])${where}`;
      return [
        {
          text: `SELECT p.id, p.code, p.title, p.status, p.year, p."ledgerDisbursed" ${from} ORDER BY p.year DESC, p."updatedAt" DESC, p.id DESC LIMIT 101`,
          values,
        },
        {
          text: `SELECT p.year, p.fund, sum(l.amount) FILTER (WHERE l.kind::text = 'ADVANCE'), sum(l.amount) FILTER (WHERE l.kind::text = 'REFUND')
                 FROM "LedgerEntry" l JOIN "Proposal" p ON p.id = l."proposalId" JOIN "Agency" a ON a.id = p."agencyId"
                 WHERE p.status::text = ANY($1::text[])${where} GROUP BY 1, 2`,
          values,
        },
        {
          text: `SELECT r."indicatorId", sum(r.value) FROM "Result" r JOIN "Proposal" p ON p.id = r."proposalId" JOIN "Agency" a ON a.id = p."agencyId"
                 WHERE r.origin::text = 'ACCEPTANCE' AND p.status::text = ANY($1::text[])${where} GROUP BY 1`,
          values,
        },
      ];
    },
    rollup: null,
  },
];

async function provinceOf(pool: pg.Pool, email: string): Promise<string[] | null> {
  const r = await pool.query<{ provinceId: string | null; role: string }>(
    `SELECT a."provinceId", u.role::text AS role FROM "User" u LEFT JOIN "Agency" a ON a.id = u."agencyId" WHERE u.email = $1`,
    [email],
  );
  const row = r.rows[0];
  if (!row) throw new Error(`Không có người dùng ${email} trong dữ liệu đo.`);
  if (row.role === "MINISTRY_VIEWER" || !row.provinceId) return null;
  // The province and the historic provinces merged into it (AdminUnit.successorId chain).
  const p = await pool.query<{ id: string }>(
    `
    WITH RECURSIVE s(id, depth) AS (SELECT $1::text, 0 UNION SELECT u.id, s.depth + 1 FROM "AdminUnit" u JOIN s ON u."successorId" = s.id WHERE s.depth < 5)
    SELECT id FROM s`,
    [row.provinceId],
  );
  return p.rows.map((x) => x.id);
}

async function timeSql(pool: pg.Pool, list: Sql[]): Promise<number> {
  const t = performance.now();
  await Promise.all(list.map((q) => pool.query(q.text, q.values)));
  return performance.now() - t;
}

async function timePage(
  base: string,
  path: string,
  cookie: string,
): Promise<{ ms: number; bytes: number; status: number }> {
  const t = performance.now();
  const r = await fetch(`${base}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await r.arrayBuffer();
  return { ms: performance.now() - t, bytes: body.byteLength, status: r.status };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function benchPages(
  url: string,
  opts: { distDir: string; port: number; rounds: number; only?: string[] },
): Promise<void> {
  if (!existsSync(`${opts.distDir}/BUILD_ID`)) {
    metric("pages", "skipped", `(no build in ${opts.distDir}: NEXT_DIST_DIR=${opts.distDir} npx next build)`);
    return;
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c jit=off -c work_mem=16MB" });
  // The generated agencies declare no handling time limit; the service index would then compute no timeliness at all.
  // Give them the demo's (minh họa), so that both sides do that work.
  await pool.query(
    `UPDATE "Agency" SET "handlingWorkingDays" = 20, "handlingIllustrative" = true WHERE "handlingWorkingDays" IS NULL`,
  );
  const server = await startServer({ distDir: opts.distDir, port: opts.port, databaseUrl: url });
  metric("machine_cpus", cpus().length, "cores");
  metric(
    "machine_load_before",
    loadavg()
      .map((x) => x.toFixed(2))
      .join("/"),
    "1/5/15 min",
  );
  try {
    const cookies = new Map<string, string>();
    for (const c of CASES) {
      if (opts.only && !opts.only.includes(c.name)) continue;
      if (!cookies.has(c.user)) cookies.set(c.user, await signInCookie(server.base, c.user));
      const cookie = cookies.get(c.user)!;
      const scope = await provinceOf(pool, c.user);
      const baseSql = c.base(scope);
      const rollSql = c.rollup?.(scope) ?? null;
      // Warm-up: the server's code paths and plans, the database's caches, for all three alike.
      const warm = await timePage(server.base, c.path, cookie);
      if (warm.status !== 200) throw new Error(`${c.path} trả về HTTP ${warm.status} cho ${c.user}`);
      await timeSql(pool, baseSql);
      if (rollSql) await timeSql(pool, rollSql);
      const page: number[] = [];
      const base: number[] = [];
      const roll: number[] = [];
      let bytes = 0;
      for (let i = 0; i < opts.rounds; i++) {
        // Interleaved, in a rotating order, so drift in the machine's load falls on all three alike.
        const steps = [
          async () => {
            const r = await timePage(server.base, c.path, cookie);
            page.push(r.ms);
            bytes = r.bytes;
          },
          async () => {
            base.push(await timeSql(pool, baseSql));
          },
          async () => {
            if (rollSql) roll.push(await timeSql(pool, rollSql));
          },
        ];
        for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
      }
      const p50 = percentile(page, 50);
      metric(`${c.name}_http_p50`, round1(p50), "ms");
      metric(`${c.name}_http_p95`, round1(percentile(page, 95)), "ms");
      metric(`${c.name}_html`, Math.round(bytes / 1024), "KB");
      metric(`${c.name}_sql_base_p50`, round1(percentile(base, 50)), "ms");
      metric(`${c.name}_ratio_http_over_base_sql`, round1(p50 / percentile(base, 50)), "x");
      if (rollSql) {
        metric(`${c.name}_sql_rollup_p50`, round1(percentile(roll, 50)), "ms");
        metric(`${c.name}_ratio_http_over_rollup_sql`, round1(p50 / percentile(roll, 50)), "x");
      }
    }
  } finally {
    metric(
      "machine_load_after",
      loadavg()
        .map((x) => x.toFixed(2))
        .join("/"),
      "1/5/15 min",
    );
    await server.stop();
    await pool.end();
  }
}
