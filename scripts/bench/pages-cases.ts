// The pages of the honest page benchmark (scripts/bench/pages.ts): who reads each page, its address, and the
// independent SQL (pages-sql.ts) for the same figures on the base tables and on the roll-ups.
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

export type Case = {
  name: string;
  user: string;
  path: string;
  /** Independent SQL on the base tables for the figures the page shows (null: none written for this page). */
  base: (scope: string[] | null) => Sql[];
  /** The same figures from the roll-up tables (null: the roll-ups do not hold them). */
  rollup: ((scope: string[] | null) => Sql[]) | null;
};

export const CASES: Case[] = [
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
    // The first page (50 rows), the money totals over the whole scope, and the accepted results per indicator.
    base: (s) => {
      const values: unknown[] = [[...COMMITTED, "STOPPED", "RETURNED"]];
      const where = scoped(`a."provinceId"`, s, values);
      const from = `FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId" WHERE p.status::text = ANY($1::text[])${where}`;
      return [
        {
          text: `SELECT p.id, p.code, p.title, p.status, p.year, p."ledgerDisbursed" ${from} ORDER BY p.year DESC, p."updatedAt" DESC, p.id DESC LIMIT 51`,
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
  {
    // The floor: a signed-in page that reads no figure (the change-password form: the session, the menu, the layout).
    // What every page above costs the server before its own work; no SQL side, so no ratio.
    name: "floor_signed_in_form",
    user: "chuyenvien.b01@bench.vn",
    path: "/tai-khoan/mat-khau",
    base: () => [],
    rollup: null,
  },
];
