// SQL of the honest page benchmark (scripts/bench/pages.ts), written here from the schema, independently of the
// portal's code: for each page, the same figures on the base tables and on the roll-up tables.
export const COMMITTED = ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"];
export const PERIOD = { from: 2021, to: 2025 };

export type Sql = { text: string; values: unknown[] };

/** `AND <col> = ANY($n)` for a province scope, nothing for the whole country. */
export function scoped(col: string, scope: string[] | null, values: unknown[]): string {
  if (scope === null) return "";
  values.push(scope);
  return ` AND ${col} = ANY($${values.length}::text[])`;
}

// The dashboard's money figures: đề án approved or later, by year × fund × activity × commune (every breakdown the
// page draws is a sum over these groups), money from the ledger and the settlement as posted.
export function proposalFiguresBase(scope: string[] | null): Sql {
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

export function proposalFiguresRollup(scope: string[] | null): Sql {
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
export function resultsBase(scope: string[] | null, byCommune: boolean): Sql {
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

// From "ResultProvinceTotal" (per indicator, province and year or period: no fund or activity is asked for here).
export function resultsRollup(scope: string[] | null): Sql {
  const values: unknown[] = [PERIOD.from, PERIOD.to];
  const where = scoped(`t."provinceId"`, scope, values);
  return {
    text: `SELECT t."indicatorId", sum(t.value) AS value, sum(t.n) AS n FROM "ResultProvinceTotal" t WHERE t."startYear" >= $1 AND t."endYear" <= $2${where} GROUP BY 1`,
    values,
  };
}

// The commune breakdown of the results from the "ResultAreaTotal" roll-up (per indicator and recorded commune), and
// for the whole country the results by province from "ResultProvinceTotal".
export function resultsAreaRollup(scope: string[] | null): Sql {
  const values: unknown[] = [PERIOD.from, PERIOD.to];
  // The page shows the first 30 area results in the areas' code order, then the indicators', and how many there are.
  const firstRows = (inner: string, area: string) =>
    `SELECT x.*, count(*) OVER () AS rows FROM (${inner}) x JOIN "AdminUnit" u ON u.id = x."${area}"
      JOIN "Indicator" i ON i.id = x."indicatorId" ORDER BY u.code, i.position LIMIT 30`;
  if (scope === null)
    return {
      text: firstRows(
        `SELECT t."indicatorId", t."provinceId", sum(t.value) AS value, sum(t.n) AS n FROM "ResultProvinceTotal" t WHERE t."startYear" >= $1 AND t."endYear" <= $2 GROUP BY 1, 2`,
        "provinceId",
      ),
      values,
    };
  const where = scoped(`t."provinceId"`, scope, values);
  return {
    text: firstRows(
      `SELECT t."indicatorId", t."communeId", sum(t.value) AS value, sum(t.n) AS n FROM "ResultAreaTotal" t WHERE t."startYear" >= $1 AND t."endYear" <= $2${where} GROUP BY 1, 2`,
      "communeId",
    ),
    values,
  };
}

export function targets(scope: string[] | null): Sql {
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
// establishment's owner group (Proposal.ownerWomen/ownerEthnic/ownerIndustryCode) and "OwnerResultProvinceTotal".
export function ownerGroupsBase(scope: string[] | null): Sql[] {
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

export function ownerGroupsRollup(scope: string[] | null): Sql[] {
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
      text: `SELECT t."indicatorId", t.women, t.ethnic, sum(t.value) FROM "OwnerResultProvinceTotal" t WHERE t.year BETWEEN $1 AND $2${rWhere} GROUP BY 1, 2, 3`,
      values: rValues,
    },
  ];
}

// The service index of one month (issue 20), written from the definitions in ARCHITECTURE.md, not from
// lib/service-index: per agency, the first handling result of each dossier in the month with the working days from
// its last (re)submission (weekdays not in "Holiday", Vietnam calendar days), first submissions (online = not on
// behalf), decisions with a signed document, ratings. DISTINCT ON over every result event of the country: the plain
// way, no use of the portal's month index.
export const INDEX_MONTH = { from: "2025-02-28T17:00:00Z", to: "2025-03-31T17:00:00Z", label: "2025-03" };
const vnDate = (col: string) => `((${col} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
export function serviceIndexSql(scope: string[] | null): Sql[] {
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

// Funds by activity (the dashboard's "Kinh phí theo nội dung"): the results of the money indicators by activity and, for
// what a source does not itemise, its own words; base from the approved results, roll-up from "ResultTotal".
const MONEY_INDICATORS = ["KP_THEO_NOI_DUNG", "KP_KC_DP", "KP_KC_QG"];
export function fundsByActivityBase(scope: string[] | null): Sql {
  const values: unknown[] = [MONEY_INDICATORS, PERIOD.from, PERIOD.to];
  const where = scoped(`r."provinceId"`, scope, values);
  return {
    text: `
      SELECT i.code, r."activityCategoryId", CASE WHEN r."activityCategoryId" IS NULL THEN r."rawText" END AS raw, sum(r.value) AS value
      FROM "Result" r JOIN "Indicator" i ON i.id = r."indicatorId"
      WHERE i.code = ANY($1::text[]) AND r.status::text = 'APPROVED' AND r."startYear" >= $2 AND r."endYear" <= $3${where}
      GROUP BY 1, 2, 3`,
    values,
  };
}

export function fundsByActivityRollup(scope: string[] | null): Sql {
  const values: unknown[] = [MONEY_INDICATORS, PERIOD.from, PERIOD.to];
  const where = scoped(`t."provinceId"`, scope, values);
  return {
    text: `
      SELECT i.code, t."activityCategoryId", t."rawText", sum(t.value) AS value
      FROM "ResultTotal" t JOIN "Indicator" i ON i.id = t."indicatorId"
      WHERE i.code = ANY($1::text[]) AND t."startYear" >= $2 AND t."endYear" <= $3${where}
      GROUP BY 1, 2, 3`,
    values,
  };
}

// Typical rural industrial products of the period by level, all and still certified today (one small table: the
// same statement on both sides).
export function typicalProducts(scope: string[] | null): Sql {
  const values: unknown[] = [PERIOD.from, PERIOD.to];
  const where = scoped(`t."provinceId"`, scope, values);
  return {
    text: `SELECT t.level, count(*) AS n, count(*) FILTER (WHERE t."expiresAt" >= current_date) AS valid
      FROM "TypicalProduct" t WHERE t.year BETWEEN $1 AND $2${where} GROUP BY 1`,
    values,
  };
}
