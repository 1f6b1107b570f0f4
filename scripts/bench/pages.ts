// The honest page benchmark (issue 21): each page is fetched over HTTP from the production build, signed in as the
// user who reads it, and — interleaved in the same rounds — the same figures are computed by SQL written here, from
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

const COMMITTED = ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"];
const PERIOD = { from: 2021, to: 2025 };

type Sql = { text: string; values: unknown[] };
type Case = {
  name: string;
  user: string;
  path: string;
  /** Independent SQL on the base tables for the figures the page shows (null: none written for this page). */
  base: (scope: string[] | null) => Sql[];
  /** The same figures from the roll-up tables (null: the roll-ups do not hold them). */
  rollup: ((scope: string[] | null) => Sql[]) | null;
};

/** `AND <col> = ANY($n)` for a province scope, nothing for the whole country. */
function scoped(col: string, scope: string[] | null, values: unknown[]): string {
  if (scope === null) return "";
  values.push(scope);
  return ` AND ${col} = ANY($${values.length}::text[])`;
}

// The dashboard's money figures: đề án approved or later, by year × fund × activity × commune (every breakdown the
// page draws is a sum over these groups), money from the ledger and the settlement as posted.
function proposalFiguresBase(scope: string[] | null): Sql {
  const values: unknown[] = [COMMITTED, PERIOD.from, PERIOD.to];
  const where = scoped(`a."provinceId"`, scope, values);
  return {
    text: `
      WITH p AS (
        SELECT p.id, p.year, p.fund, p."activityCategoryId", p."communeId", COALESCE(p."approvedSupport", 0) AS committed, p.counterpart
        FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId"
        WHERE p.status::text = ANY($1::text[]) AND p.year BETWEEN $2 AND $3${where}
      ),
      cash AS (
        SELECT l."proposalId", sum(CASE l.kind::text WHEN 'ADVANCE' THEN l.amount WHEN 'FINAL_PAYMENT' THEN l.amount WHEN 'REFUND' THEN -l.amount ELSE 0 END) AS disbursed
        FROM "LedgerEntry" l JOIN p ON p.id = l."proposalId" GROUP BY l."proposalId"
      )
      SELECT p.year, p.fund, p."activityCategoryId", p."communeId", count(*) AS n, sum(p.committed) AS committed,
        COALESCE(sum(cash.disbursed), 0) AS disbursed, COALESCE(sum(s."settledSupport"), 0) AS settled, sum(p.counterpart) AS counterpart
      FROM p LEFT JOIN cash ON cash."proposalId" = p.id LEFT JOIN "Settlement" s ON s."proposalId" = p.id
      GROUP BY 1, 2, 3, 4`,
    values,
  };
}

function proposalFiguresRollup(scope: string[] | null): Sql {
  const values: unknown[] = [PERIOD.from, PERIOD.to];
  const where = scoped(`t."provinceId"`, scope, values);
  return {
    text: `
      SELECT t.year, t.fund, t."activityCategoryId", t."communeId", sum(t.n) AS n, sum(t.committed) AS committed, sum(t.disbursed) AS disbursed,
        sum(t.settled) AS settled, sum(t.counterpart) AS counterpart
      FROM "ProposalTotal" t WHERE t."isCommitted" AND t.year BETWEEN $1 AND $2${where}
      GROUP BY 1, 2, 3, 4`,
    values,
  };
}

// Indicators: approved results of the period per indicator (yearly entries and whole-period entries), and targets.
function resultsBase(scope: string[] | null, byCommune: boolean): Sql {
  const values: unknown[] = [PERIOD.from, PERIOD.to];
  const where = scoped(`r."provinceId"`, scope, values);
  return {
    text: `
      SELECT r."indicatorId"${byCommune ? `, r."communeId"` : ""}, sum(r.value) AS value, count(*) AS n
      FROM "Result" r
      WHERE r.status::text = 'APPROVED' AND r."startYear" >= $1 AND r."endYear" <= $2${where}
      GROUP BY 1${byCommune ? ", 2" : ""}`,
    values,
  };
}

function resultsRollup(scope: string[] | null): Sql {
  const values: unknown[] = [PERIOD.from, PERIOD.to];
  const where = scoped(`t."provinceId"`, scope, values);
  return {
    text: `SELECT t."indicatorId", sum(t.value) AS value, sum(t.n) AS n FROM "ResultTotal" t WHERE t."startYear" >= $1 AND t."endYear" <= $2${where} GROUP BY 1`,
    values,
  };
}

// The commune breakdown of the results from the "ResultAreaTotal" roll-up (per indicator and recorded commune), and
// for the whole country the results by province from "ResultTotal".
function resultsAreaRollup(scope: string[] | null): Sql {
  const values: unknown[] = [PERIOD.from, PERIOD.to];
  if (scope === null)
    return {
      text: `SELECT t."indicatorId", t."provinceId", sum(t.value) AS value, sum(t.n) AS n FROM "ResultTotal" t WHERE t."startYear" >= $1 AND t."endYear" <= $2 GROUP BY 1, 2`,
      values,
    };
  const where = scoped(`t."provinceId"`, scope, values);
  return {
    text: `SELECT t."indicatorId", t."communeId", sum(t.value) AS value, sum(t.n) AS n FROM "ResultAreaTotal" t WHERE t."startYear" >= $1 AND t."endYear" <= $2${where} GROUP BY 1, 2`,
    values,
  };
}

function targets(scope: string[] | null): Sql {
  const values: unknown[] = [PERIOD.from, PERIOD.to];
  const where = scoped(`t."provinceId"`, scope, values);
  return {
    text: `SELECT t."indicatorId", sum(t.value) AS value FROM "Target" t WHERE t."startYear" <= $2 AND t."endYear" >= $1${where} GROUP BY 1`,
    values,
  };
}

// The owner-group and industry breakdown (issue 19): đề án approved and later by owner group of their establishment
// (count, distinct establishments, support), the same by industry, and their approved acceptance results by
// indicator and owner group. Base: joined to every establishment and result. Roll-up: the đề án's copy of its
// establishment's owner group (Proposal.ownerWomen/ownerEthnic/ownerIndustryCode) and "OwnerResultTotal".
function ownerGroupsBase(scope: string[] | null): Sql[] {
  const values: unknown[] = [COMMITTED, PERIOD.from, PERIOD.to];
  const where = scoped(`a."provinceId"`, scope, values);
  const from = `FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId" LEFT JOIN "Establishment" e ON e.id = p."establishmentId"
    WHERE p.status::text = ANY($1::text[]) AND p.year BETWEEN $2 AND $3${where}`;
  return [
    {
      text: `SELECT e."womenOwned", e."ethnicMinorityOwned", count(*), count(DISTINCT e.id), sum(p."approvedSupport") ${from} GROUP BY 1, 2`,
      values,
    },
    {
      text: `SELECT e."industryCode", count(*), count(DISTINCT e.id), sum(p."approvedSupport") ${from} AND e.id IS NOT NULL GROUP BY 1`,
      values,
    },
    {
      text: `SELECT r."indicatorId", e."womenOwned", e."ethnicMinorityOwned", sum(r.value)
             FROM "Result" r JOIN "Proposal" p ON p.id = r."proposalId" JOIN "Agency" a ON a.id = p."agencyId"
             LEFT JOIN "Establishment" e ON e.id = p."establishmentId"
             WHERE r.origin::text = 'ACCEPTANCE' AND r.status::text = 'APPROVED' AND p.status::text = ANY($1::text[])
               AND p.year BETWEEN $2 AND $3${where} GROUP BY 1, 2, 3`,
      values,
    },
  ];
}

function ownerGroupsRollup(scope: string[] | null): Sql[] {
  const values: unknown[] = [COMMITTED, PERIOD.from, PERIOD.to];
  const where = scoped(`a."provinceId"`, scope, values);
  const from = `FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId" WHERE p.status::text = ANY($1::text[]) AND p.year BETWEEN $2 AND $3${where}`;
  const rValues: unknown[] = [PERIOD.from, PERIOD.to];
  const rWhere = scoped(`t."provinceId"`, scope, rValues);
  return [
    {
      text: `SELECT p."ownerWomen", p."ownerEthnic", count(*), count(DISTINCT p."establishmentId"), sum(p."approvedSupport") ${from} GROUP BY 1, 2`,
      values,
    },
    {
      text: `SELECT p."ownerIndustryCode", count(*), count(DISTINCT p."establishmentId"), sum(p."approvedSupport") ${from} AND p."establishmentId" IS NOT NULL GROUP BY 1`,
      values,
    },
    {
      text: `SELECT t."indicatorId", t.women, t.ethnic, sum(t.value) FROM "OwnerResultTotal" t WHERE t.year BETWEEN $1 AND $2${rWhere} GROUP BY 1, 2, 3`,
      values: rValues,
    },
  ];
}

// The service index of one month (issue 20), written from the definitions in ARCHITECTURE.md, not from
// lib/service-index: per agency, the first handling result of each dossier in the month with the working days from
// its last (re)submission (weekdays not in "Holiday", Vietnam calendar days), first submissions (online = not on
// behalf), decisions with a signed document, ratings. DISTINCT ON over every result event of the country: the plain
// way, no use of the portal's month index.
const INDEX_MONTH = { from: "2025-02-28T17:00:00Z", to: "2025-03-31T17:00:00Z", label: "2025-03" };
const vnDate = (col: string) => `((${col} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
function serviceIndexSql(scope: string[] | null): Sql[] {
  const values: unknown[] = [INDEX_MONTH.from, INDEX_MONTH.to];
  const where = scoped(`ag."provinceId"`, scope, values);
  const first = (statuses: string) => `
    SELECT DISTINCT ON (e."proposalId") e."proposalId", e."createdAt" AS at, p."agencyId", p.fictional
    FROM "ProposalEvent" e JOIN "Proposal" p ON p.id = e."proposalId"
    WHERE e."toStatus"::text IN (${statuses}) ORDER BY e."proposalId", e."createdAt"`;
  return [
    {
      text: `
        WITH h AS (${first(`'APPROVED','REJECTED','MINISTRY_APPRAISAL'`)}),
        t AS (
          SELECT h.*, (SELECT max(s."createdAt") FROM "ProposalEvent" s WHERE s."proposalId" = h."proposalId"
            AND s."toStatus"::text IN ('SUBMITTED','RESUBMITTED') AND s."createdAt" <= h.at) AS start
          FROM h WHERE h.at >= $1::timestamptz AT TIME ZONE 'UTC' AND h.at < $2::timestamptz AT TIME ZONE 'UTC')
        SELECT t."agencyId", count(*) AS handled,
          count(*) FILTER (WHERE (SELECT count(*) FROM generate_series(${vnDate("t.start")} + 1, ${vnDate("t.at")}, interval '1 day') d
            WHERE extract(isodow FROM d) < 6 AND d::date NOT IN (SELECT date FROM "Holiday")) <= ag."handlingWorkingDays") AS on_time
        FROM t JOIN "Agency" ag ON ag.id = t."agencyId" WHERE true${where} GROUP BY 1`,
      values,
    },
    {
      text: `
        WITH d AS (${first(`'APPROVED','REJECTED'`)})
        SELECT d."agencyId", count(*) AS decided,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "IssuedDocument" i WHERE i."proposalId" = d."proposalId" AND i.kind IN ('APPROVE','REJECT'))) AS signed
        FROM d JOIN "Agency" ag ON ag.id = d."agencyId"
        WHERE d.at >= $1::timestamptz AT TIME ZONE 'UTC' AND d.at < $2::timestamptz AT TIME ZONE 'UTC'${where} GROUP BY 1`,
      values,
    },
    {
      text: `
        WITH s AS (
          SELECT DISTINCT ON (e."proposalId") e."proposalId", e."createdAt" AS at, e."onBehalfOfName", p."agencyId"
          FROM "ProposalEvent" e JOIN "Proposal" p ON p.id = e."proposalId"
          WHERE e."toStatus"::text = 'SUBMITTED' ORDER BY e."proposalId", e."createdAt")
        SELECT s."agencyId", count(*) AS submitted, count(*) FILTER (WHERE s."onBehalfOfName" IS NULL) AS online
        FROM s JOIN "Agency" ag ON ag.id = s."agencyId"
        WHERE s.at >= $1::timestamptz AT TIME ZONE 'UTC' AND s.at < $2::timestamptz AT TIME ZONE 'UTC'${where} GROUP BY 1`,
      values,
    },
    {
      text: `
        SELECT r."agencyId", count(*), count(*) FILTER (WHERE r.overall >= 4), avg(r.overall)
        FROM "ServiceRating" r JOIN "Agency" ag ON ag.id = r."agencyId"
        WHERE r."createdAt" >= $1::timestamptz AT TIME ZONE 'UTC' AND r."createdAt" < $2::timestamptz AT TIME ZONE 'UTC'${where} GROUP BY 1`,
      values,
    },
  ];
}

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
    ],
    rollup: (s) => [
      proposalFiguresRollup(s),
      resultsRollup(s),
      resultsAreaRollup(s),
      targets(s),
      ...ownerGroupsRollup(s),
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
    ],
    rollup: () => [
      proposalFiguresRollup(null),
      resultsRollup(null),
      resultsAreaRollup(null),
      targets(null),
      ...ownerGroupsRollup(null),
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
    // Status counts are not in a roll-up (issue 21 item 4): this variant has the province money only.
    rollup: () => [
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
