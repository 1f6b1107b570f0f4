// The dashboard roll-ups recomputed from the rows themselves, independently of the triggers that keep
// them: what "ProposalTotal", "ResultTotal", "ResultProvinceTotal", "ResultAreaTotal", "OwnerResultTotal",
// "OwnerResultProvinceTotal", "ProposalStatusCount" and the
// "Proposal" money and owner columns must hold. Each query returns the keys where the kept table and the recomputation differ (empty = exact).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { COMMITTED_STATUSES } from "@/lib/dashboard/statuses";

const committed = COMMITTED_STATUSES.map((s) => `'${s}'`).join(", ");

const PROPOSAL_MONEY = `
  SELECT p.id FROM "Proposal" p
  LEFT JOIN LATERAL (SELECT SUM(CASE WHEN le.kind::text = 'REFUND' THEN -le.amount WHEN le.kind::text IN ('ADVANCE', 'FINAL_PAYMENT') THEN le.amount ELSE 0 END) AS cash
    FROM "LedgerEntry" le WHERE le."proposalId" = p.id) l ON TRUE
  LEFT JOIN "Settlement" s ON s."proposalId" = p.id
  WHERE p."ledgerDisbursed" <> COALESCE(l.cash, 0) OR p."settledSupport" IS DISTINCT FROM s."settledSupport"
    OR p."settledCounterpart" IS DISTINCT FROM s.counterpart`;

const PROPOSAL_TOTALS = `
  WITH raw AS (
    SELECT a."provinceId", p.year, p.fund::text AS fund, p."activityCategoryId", p."communeId", (p.status::text IN (${committed})) AS c, p.fictional AS il,
      COUNT(*) FILTER (WHERE p.status::text IN (${committed}))::int AS n,
      SUM(CASE WHEN p.status::text IN (${committed}) THEN COALESCE(p."approvedSupport", 0) ELSE 0 END)::bigint AS committed,
      SUM(COALESCE(l.cash, 0))::bigint AS disbursed, SUM(COALESCE(s."settledSupport", 0))::bigint AS settled,
      SUM(CASE WHEN p.status::text IN (${committed}) THEN COALESCE(s.counterpart, p.counterpart) ELSE 0 END)::bigint AS counterpart,
      SUM(CASE WHEN p.status::text IN (${committed}) THEN p.counterpart ELSE 0 END)::bigint AS pc,
      SUM(CASE WHEN s."settledSupport" IS NOT NULL THEN s.counterpart ELSE 0 END)::bigint AS dc,
      SUM(CASE WHEN p.status::text IN (${committed}) AND (p.status::text IN ('CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED') OR COALESCE(l.cash, 0) <> 0)
        THEN COALESCE(p."approvedSupport", 0) ELSE 0 END)::bigint AS tc
    FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId"
    LEFT JOIN LATERAL (SELECT SUM(CASE WHEN le.kind::text = 'REFUND' THEN -le.amount WHEN le.kind::text IN ('ADVANCE', 'FINAL_PAYMENT') THEN le.amount ELSE 0 END) AS cash
      FROM "LedgerEntry" le WHERE le."proposalId" = p.id) l ON TRUE
    LEFT JOIN "Settlement" s ON s."proposalId" = p.id
    WHERE p.status::text IN (${committed}, 'STOPPED')
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING COUNT(*) FILTER (WHERE p.status::text IN (${committed})) <> 0 OR SUM(COALESCE(l.cash, 0)) <> 0 OR SUM(COALESCE(s."settledSupport", 0)) <> 0
      OR SUM(CASE WHEN p.status::text IN (${committed}) THEN COALESCE(p."approvedSupport", 0) + COALESCE(s.counterpart, p.counterpart) ELSE 0 END) <> 0
  ), kept AS (
    SELECT "provinceId", year, fund::text AS fund, "activityCategoryId", "communeId", "isCommitted" AS c, illustrative AS il, n, committed, disbursed, settled, counterpart,
      "plannedCounterpart" AS pc, "documentedCounterpart" AS dc, "trackedCommitted" AS tc FROM "ProposalTotal"
  )
  SELECT concat_ws('|', COALESCE(raw."provinceId", kept."provinceId"), COALESCE(raw.year, kept.year), COALESCE(raw.fund, kept.fund),
    COALESCE(raw."activityCategoryId", kept."activityCategoryId"), COALESCE(raw."communeId", kept."communeId"), COALESCE(raw.c, kept.c)) AS id
  FROM raw FULL JOIN kept ON raw."provinceId" IS NOT DISTINCT FROM kept."provinceId" AND raw.year = kept.year AND raw.fund = kept.fund
    AND raw."activityCategoryId" = kept."activityCategoryId" AND raw."communeId" IS NOT DISTINCT FROM kept."communeId" AND raw.c = kept.c AND raw.il = kept.il
  WHERE (raw.n, raw.committed, raw.disbursed, raw.settled, raw.counterpart, raw.pc, raw.dc, raw.tc) IS DISTINCT FROM (kept.n, kept.committed, kept.disbursed, kept.settled, kept.counterpart, kept.pc, kept.dc, kept.tc)`;

const RESULT_TOTALS = `
  WITH raw AS (
    SELECT r."indicatorId", COALESCE(r."provinceId", a."provinceId") AS "provinceId", r.year, r."startYear", r."endYear", r.fund::text AS fund,
      r."activityCategoryId", CASE WHEN r."activityCategoryId" IS NULL THEN NULLIF(r."rawText", '') END AS "rawText",
      SUM(r.value)::bigint AS value, COUNT(*)::int AS n, (COUNT(*) FILTER (WHERE r."atLeast"))::int AS "atLeastN",
      (COUNT(*) FILTER (WHERE r.approximate))::int AS "approxN"
    FROM "Result" r LEFT JOIN "Agency" a ON a.id = r."agencyId"
    WHERE r.status::text = 'APPROVED'
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ), kept AS (
    SELECT "indicatorId", "provinceId", year, "startYear", "endYear", fund::text AS fund, "activityCategoryId", "rawText", value, n, "atLeastN", "approxN" FROM "ResultTotal"
  )
  SELECT concat_ws('|', COALESCE(raw."indicatorId", kept."indicatorId"), COALESCE(raw."provinceId", kept."provinceId"), COALESCE(raw.year, kept.year)) AS id
  FROM raw FULL JOIN kept ON raw."indicatorId" = kept."indicatorId" AND raw."provinceId" IS NOT DISTINCT FROM kept."provinceId"
    AND raw.year IS NOT DISTINCT FROM kept.year AND raw."startYear" = kept."startYear" AND raw."endYear" = kept."endYear"
    AND raw.fund IS NOT DISTINCT FROM kept.fund AND raw."activityCategoryId" IS NOT DISTINCT FROM kept."activityCategoryId"
    AND raw."rawText" IS NOT DISTINCT FROM kept."rawText"
  WHERE (raw.value, raw.n, raw."atLeastN", raw."approxN") IS DISTINCT FROM (kept.value, kept.n, kept."atLeastN", kept."approxN")`;

// The same results per indicator, province and year or period only (issue 21).
const RESULT_PROVINCE_TOTALS = `
  WITH raw AS (
    SELECT r."indicatorId", COALESCE(r."provinceId", a."provinceId") AS "provinceId", r.year, r."startYear", r."endYear",
      SUM(r.value)::bigint AS value, COUNT(*)::int AS n, (COUNT(*) FILTER (WHERE r."atLeast"))::int AS "atLeastN",
      (COUNT(*) FILTER (WHERE r.approximate))::int AS "approxN"
    FROM "Result" r LEFT JOIN "Agency" a ON a.id = r."agencyId"
    WHERE r.status::text = 'APPROVED'
    GROUP BY 1, 2, 3, 4, 5
  ), kept AS (
    SELECT "indicatorId", "provinceId", year, "startYear", "endYear", value, n, "atLeastN", "approxN" FROM "ResultProvinceTotal"
  )
  SELECT concat_ws('|', COALESCE(raw."indicatorId", kept."indicatorId"), COALESCE(raw."provinceId", kept."provinceId"), COALESCE(raw.year, kept.year)) AS id
  FROM raw FULL JOIN kept ON raw."indicatorId" = kept."indicatorId" AND raw."provinceId" IS NOT DISTINCT FROM kept."provinceId"
    AND raw.year IS NOT DISTINCT FROM kept.year AND raw."startYear" = kept."startYear" AND raw."endYear" = kept."endYear"
  WHERE (raw.value, raw.n, raw."atLeastN", raw."approxN") IS DISTINCT FROM (kept.value, kept.n, kept."atLeastN", kept."approxN")`;

const RESULT_AREA_TOTALS = `
  WITH raw AS (
    SELECT r."indicatorId", COALESCE(r."provinceId", a."provinceId") AS "provinceId", r."communeId", r.year, r."startYear", r."endYear",
      SUM(r.value)::bigint AS value, COUNT(*)::int AS n, (COUNT(*) FILTER (WHERE r."atLeast"))::int AS "atLeastN",
      (COUNT(*) FILTER (WHERE r.approximate))::int AS "approxN"
    FROM "Result" r LEFT JOIN "Agency" a ON a.id = r."agencyId"
    WHERE r.status::text = 'APPROVED' AND r."communeId" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6
  ), kept AS (
    SELECT "indicatorId", "provinceId", "communeId", year, "startYear", "endYear", value, n, "atLeastN", "approxN" FROM "ResultAreaTotal"
  )
  SELECT concat_ws('|', COALESCE(raw."indicatorId", kept."indicatorId"), COALESCE(raw."communeId", kept."communeId"), COALESCE(raw.year, kept.year)) AS id
  FROM raw FULL JOIN kept ON raw."indicatorId" = kept."indicatorId" AND raw."provinceId" IS NOT DISTINCT FROM kept."provinceId"
    AND raw."communeId" = kept."communeId" AND raw.year IS NOT DISTINCT FROM kept.year AND raw."startYear" = kept."startYear"
    AND raw."endYear" = kept."endYear"
  WHERE (raw.value, raw.n, raw."atLeastN", raw."approxN") IS DISTINCT FROM (kept.value, kept.n, kept."atLeastN", kept."approxN")`;

// The owner group copied onto the đề án, and the acceptance results by owner group (issue 21).
const PROPOSAL_OWNER = `
  SELECT p.id FROM "Proposal" p LEFT JOIN "Establishment" e ON e.id = p."establishmentId"
  WHERE (p."ownerWomen", p."ownerEthnic", p."ownerIndustryCode") IS DISTINCT FROM (e."womenOwned", e."ethnicMinorityOwned", e."industryCode")`;

const OWNER_RESULT_TOTALS = `
  WITH raw AS (
    SELECT r."indicatorId", a."provinceId", p.year, p.fund::text AS fund, p."activityCategoryId", p.fictional AS il,
      e."womenOwned" AS women, e."ethnicMinorityOwned" AS ethnic, SUM(r.value)::bigint AS value, COUNT(*)::int AS n
    FROM "Result" r JOIN "Proposal" p ON p.id = r."proposalId" JOIN "Agency" a ON a.id = p."agencyId"
    LEFT JOIN "Establishment" e ON e.id = p."establishmentId"
    WHERE r.origin::text = 'ACCEPTANCE' AND r.status::text = 'APPROVED' AND p.status::text IN (${committed})
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ), kept AS (
    SELECT "indicatorId", "provinceId", year, fund::text AS fund, "activityCategoryId", illustrative AS il, women, ethnic, value, n FROM "OwnerResultTotal"
  )
  SELECT concat_ws('|', COALESCE(raw."indicatorId", kept."indicatorId"), COALESCE(raw."provinceId", kept."provinceId"), COALESCE(raw.year, kept.year),
    COALESCE(raw.women, kept.women), COALESCE(raw.ethnic, kept.ethnic)) AS id
  FROM raw FULL JOIN kept ON raw."indicatorId" = kept."indicatorId" AND raw."provinceId" IS NOT DISTINCT FROM kept."provinceId"
    AND raw.year = kept.year AND raw.fund = kept.fund AND raw."activityCategoryId" = kept."activityCategoryId" AND raw.il = kept.il
    AND raw.women IS NOT DISTINCT FROM kept.women AND raw.ethnic IS NOT DISTINCT FROM kept.ethnic
  WHERE (raw.value, raw.n) IS DISTINCT FROM (kept.value, kept.n)`;

// The same acceptance results per indicator, province, year, illustrative or not and owner group only (issue 21).
const OWNER_RESULT_PROVINCE_TOTALS = `
  WITH raw AS (
    SELECT r."indicatorId", a."provinceId", p.year, p.fictional AS il, e."womenOwned" AS women, e."ethnicMinorityOwned" AS ethnic,
      SUM(r.value)::bigint AS value, COUNT(*)::int AS n
    FROM "Result" r JOIN "Proposal" p ON p.id = r."proposalId" JOIN "Agency" a ON a.id = p."agencyId"
    LEFT JOIN "Establishment" e ON e.id = p."establishmentId"
    WHERE r.origin::text = 'ACCEPTANCE' AND r.status::text = 'APPROVED' AND p.status::text IN (${committed})
    GROUP BY 1, 2, 3, 4, 5, 6
  ), kept AS (
    SELECT "indicatorId", "provinceId", year, illustrative AS il, women, ethnic, value, n FROM "OwnerResultProvinceTotal"
  )
  SELECT concat_ws('|', COALESCE(raw."indicatorId", kept."indicatorId"), COALESCE(raw."provinceId", kept."provinceId"), COALESCE(raw.year, kept.year),
    COALESCE(raw.women, kept.women), COALESCE(raw.ethnic, kept.ethnic)) AS id
  FROM raw FULL JOIN kept ON raw."indicatorId" = kept."indicatorId" AND raw."provinceId" IS NOT DISTINCT FROM kept."provinceId"
    AND raw.year = kept.year AND raw.il = kept.il AND raw.women IS NOT DISTINCT FROM kept.women AND raw.ethnic IS NOT DISTINCT FROM kept.ethnic
  WHERE (raw.value, raw.n) IS DISTINCT FROM (kept.value, kept.n)`;

// Đề án by agency and status (issue 21): the sum over the shards.
const PROPOSAL_STATUS_COUNTS = `
  WITH raw AS (SELECT "agencyId", status::text AS status, COUNT(*)::int AS n FROM "Proposal" GROUP BY 1, 2),
  kept AS (SELECT "agencyId", status::text AS status, SUM(n)::int AS n FROM "ProposalStatusCount" GROUP BY 1, 2 HAVING SUM(n) <> 0)
  SELECT concat_ws('|', COALESCE(raw."agencyId", kept."agencyId"), COALESCE(raw.status, kept.status)) AS id
  FROM raw FULL JOIN kept ON raw."agencyId" = kept."agencyId" AND raw.status = kept.status
  WHERE raw.n IS DISTINCT FROM kept.n`;

export type RollupDrift = {
  proposalMoney: string[];
  proposalTotals: string[];
  resultTotals: string[];
  resultProvinceTotals: string[];
  resultAreaTotals: string[];
  proposalOwner: string[];
  ownerResultTotals: string[];
  ownerResultProvinceTotals: string[];
  proposalStatusCounts: string[];
};

/** What rollupDrift returns when every kept sum equals the rows. */
export const NO_DRIFT: RollupDrift = {
  proposalMoney: [],
  proposalTotals: [],
  resultTotals: [],
  resultProvinceTotals: [],
  resultAreaTotals: [],
  proposalOwner: [],
  ownerResultTotals: [],
  ownerResultProvinceTotals: [],
  proposalStatusCounts: [],
};

/** The keys where "ProposalStatusCount" and the rows differ (empty = exact), alone: cheaper than rollupDrift. */
export async function statusCountDrift(db: PrismaClient): Promise<string[]> {
  return (await db.$queryRawUnsafe<Array<{ id: string }>>(PROPOSAL_STATUS_COUNTS)).map((r) => r.id);
}

export async function rollupDrift(db: PrismaClient): Promise<RollupDrift> {
  const ids = async (sql: string) => (await db.$queryRawUnsafe<Array<{ id: string }>>(sql)).map((r) => r.id);
  return {
    proposalMoney: await ids(PROPOSAL_MONEY),
    proposalTotals: await ids(PROPOSAL_TOTALS),
    resultTotals: await ids(RESULT_TOTALS),
    resultProvinceTotals: await ids(RESULT_PROVINCE_TOTALS),
    resultAreaTotals: await ids(RESULT_AREA_TOTALS),
    proposalOwner: await ids(PROPOSAL_OWNER),
    ownerResultTotals: await ids(OWNER_RESULT_TOTALS),
    ownerResultProvinceTotals: await ids(OWNER_RESULT_PROVINCE_TOTALS),
    proposalStatusCounts: await ids(PROPOSAL_STATUS_COUNTS),
  };
}
