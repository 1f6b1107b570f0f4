// SQL of the national picture. Every "random" number is kc_r(row, salt): a hash of the row number, so the
// data is the same on every run and on every plan (no dependence on row order or parallel workers).
import { ACTIVITIES, INDUSTRIES, KINDS, SURNAMES, SYLLABLES, eventTemplates } from "./gen-catalogue";

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: string[]) => `ARRAY[${xs.map(q).join(",")}]::text[]`;
const pick = (a: string, r: string) => `(${a})[1 + floor((${r}) * array_length(${a}, 1))::int]`;

export function functionsSql(seed: number): string {
  const syl = arr(SYLLABLES.map((s) => s[0]));
  const sylP = arr(SYLLABLES.map((s) => s[1]));
  const ind = arr(INDUSTRIES.map((s) => s[0]));
  const indP = arr(INDUSTRIES.map((s) => s[1]));
  const total = KINDS.reduce((s, k) => s + k[1], 0);
  let acc = 0;
  const kindCase = `CASE ${KINDS.map((k, idx) => {
    acc += k[1];
    return idx === KINDS.length - 1 ? `ELSE ${idx + 1}` : `WHEN kc_r(i, 4) < ${acc / total} THEN ${idx + 1}`;
  }).join(" ")} END`;
  const fn = (name: string, args: string, ret: string, body: string) =>
    `CREATE OR REPLACE FUNCTION ${name}(${args}) RETURNS ${ret} LANGUAGE sql IMMUTABLE PARALLEL SAFE AS ${q(`SELECT ${body}`)};`;
  return [
    fn(
      "kc_r",
      "i bigint, salt int",
      "float8",
      `((hashint8(i * 1000003 + salt::bigint * 7777777 + ${seed}) & 2147483647)::float8 / 2147483648.0)`,
    ),
    fn("kc_kind", "i bigint", "int", kindCase),
    fn("kc_ind", "i bigint", "text", pick(ind, "kc_r(i, 3)")),
    fn("kc_ind_plain", "i bigint", "text", pick(indP, "kc_r(i, 3)")),
    fn(
      "kc_est_name",
      "i bigint",
      "text",
      `(${arr(KINDS.map((k) => k[2]))})[kc_kind(i)] || ' ' || kc_ind(i) || ' ' || ${pick(syl, "kc_r(i, 5)")} || ' ' || ${pick(syl, "kc_r(i, 6)")}`,
    ),
    fn(
      "kc_est_plain",
      "i bigint",
      "text",
      `(${arr(KINDS.map((k) => k[3]))})[kc_kind(i)] || ' ' || kc_ind_plain(i) || ' ' || ${pick(sylP, "kc_r(i, 5)")} || ' ' || ${pick(sylP, "kc_r(i, 6)")}`,
    ),
    fn(
      "kc_person",
      "i bigint",
      "text",
      `${pick(arr(SURNAMES.map((s) => s[0])), "kc_r(i, 7)")} || ' ' || ${pick("ARRAY['Văn','Thị','Đức','Minh','Thu','Hữu']", "kc_r(i, 8)")} || ' ' || ${pick(syl, "kc_r(i, 9)")}`,
    ),
    fn(
      "kc_person_plain",
      "i bigint",
      "text",
      `${pick(arr(SURNAMES.map((s) => s[1])), "kc_r(i, 7)")} || ' ' || ${pick("ARRAY['van','thi','duc','minh','thu','huu']", "kc_r(i, 8)")} || ' ' || ${pick(sylP, "kc_r(i, 9)")}`,
    ),
    fn(
      "kc_place",
      "i bigint, salt int",
      "text",
      `${pick(syl, "kc_r(i, salt)")} || ' ' || ${pick(syl, "kc_r(i, salt + 1)")}`,
    ),
    fn("kc_ck", "i bigint, n int", "int", `1 + floor(power(kc_r(i, 2), 2.2) * n)::int`),
  ].join("\n");
}

export const DROP_FUNCTIONS = `DROP FUNCTION IF EXISTS kc_ck(bigint,int), kc_place(bigint,int), kc_person_plain(bigint), kc_person(bigint),
  kc_est_plain(bigint), kc_est_name(bigint), kc_ind_plain(bigint), kc_ind(bigint), kc_kind(bigint), kc_r(bigint,int);`;

/** Temp tables of the vocabularies (activity with cumulative weights, workflow history templates). */
export function vocabularySql(): string {
  const total = ACTIVITIES.reduce((s, a) => s + a[1], 0);
  let acc = 0;
  const acts = ACTIVITIES.map(([code, w, cost, title, plain]) => {
    const lo = acc / total;
    acc += w;
    return `(${q(code)}, ${lo}, ${acc / total}, ${q(cost)}, ${q(title)}, ${q(plain)})`;
  });
  const ev = eventTemplates().map(
    ([pl, st, n, action, from, to]) => `(${q(pl)}, ${q(st)}, ${n}, ${q(action)}, ${from ? q(from) : "NULL"}, ${q(to)})`,
  );
  return `
    CREATE TEMP TABLE gact (code text, lo float8, hi float8, cost_kind text, title text, plain text, id45 text, id235 text);
    INSERT INTO gact (code, lo, hi, cost_kind, title, plain) VALUES ${acts.join(",")};
    UPDATE gact SET id45 = (SELECT c.id FROM "ActivityCategory" c WHERE c.code = gact.code ORDER BY c."validFrom" LIMIT 1),
                    id235 = (SELECT c.id FROM "ActivityCategory" c WHERE c.code = gact.code ORDER BY c."validFrom" DESC LIMIT 1);
    CREATE TEMP TABLE gevt (pipeline text, status text, n int, action text, from_status text, to_status text);
    INSERT INTO gevt VALUES ${ev.join(",")};
    CREATE TEMP TABLE gind AS SELECT row_number() OVER (ORDER BY position, code)::int AS idx, id, "isMoney" AS is_money, "valueScale" AS scale FROM "Indicator";`;
}

/** Provinces, historic districts, communes, agencies and one leader + one staff per province. */
export function geographySql(
  provinces: Array<[string, string, number]>,
  nEst: number,
  nProp: number,
  passwordHash: string,
  only: string[] | null = null,
): string {
  const rows = provinces.map(([code, name, w], i) => `(${i + 1}, ${q(code)}, ${q(name)}, ${w})`).join(",");
  // Each province's share, numbering and ranges are those of the whole list; `only` then keeps the named provinces,
  // so that a province-scale data set holds the same rows for its province as the national one.
  const keep = only ? `DELETE FROM gp WHERE code NOT IN (${only.map(q).join(", ")});` : "";
  return `
    CREATE TEMP TABLE gp (idx int, code text, name text, weight float8, id text, dept_id text, dept_code text, leader_id text, staff_id text,
      n_comm int, est_start bigint, est_n bigint, prop_start bigint, prop_n bigint);
    INSERT INTO gp (idx, code, name, weight) VALUES ${rows};
    WITH w AS (SELECT idx, weight / sum(weight) OVER () AS share FROM gp),
      c AS (SELECT idx, round(${nEst} * share)::bigint AS est_n, round(${nProp} * share)::bigint AS prop_n FROM w),
      s AS (SELECT idx, est_n, prop_n, sum(est_n) OVER (ORDER BY idx) - est_n + 1 AS est_start, sum(prop_n) OVER (ORDER BY idx) - prop_n + 1 AS prop_start FROM c)
    UPDATE gp SET est_n = s.est_n, prop_n = s.prop_n, est_start = s.est_start, prop_start = s.prop_start FROM s WHERE s.idx = gp.idx;
    ${keep}
    INSERT INTO "AdminUnit" (id, code, name, level, "validFrom")
      SELECT 'bprov' || code, code, name, 'PROVINCE', DATE '1997-01-01' FROM gp WHERE NOT EXISTS (SELECT 1 FROM "AdminUnit" u WHERE u.code = gp.code);
    UPDATE gp SET id = u.id FROM "AdminUnit" u WHERE u.code = gp.code;
    INSERT INTO "Agency" (id, code, name, kind, "provinceId", "validFrom")
      SELECT 'bdep' || code, '000.00.20.B' || code, 'Sở Công Thương ' || name, 'DEPARTMENT', id, DATE '2012-01-01' FROM gp
      WHERE NOT EXISTS (SELECT 1 FROM "Agency" a WHERE a."provinceId" = gp.id AND a.kind = 'DEPARTMENT' AND a."validTo" IS NULL);
    UPDATE gp SET dept_id = a.id, dept_code = a.code FROM "Agency" a WHERE a."provinceId" = gp.id AND a.kind = 'DEPARTMENT' AND a."validTo" IS NULL;
    INSERT INTO "User" (id, email, "passwordHash", name, role, title, "agencyId", "updatedAt")
      SELECT 'blead' || code, 'lanhdao.b' || code || '@bench.vn', ${q(passwordHash)}, kc_person(idx * 17), 'LEADER'::"Role", 'Phó Giám đốc', dept_id, now() FROM gp
      UNION ALL
      SELECT 'bstaff' || code, 'chuyenvien.b' || code || '@bench.vn', ${q(passwordHash)}, kc_person(idx * 17 + 5), 'STAFF'::"Role", 'Chuyên viên', dept_id, now() FROM gp;
    UPDATE gp SET leader_id = 'blead' || code, staff_id = 'bstaff' || code, n_comm = round(50 + 35 * weight)::int;
    INSERT INTO "AdminUnit" (id, code, name, level, "parentId", "validFrom", "difficultArea")
      SELECT 'bc' || gp.code || '_' || k, gp.code || '-B' || lpad(k::text, 3, '0'),
        (CASE WHEN k % 9 = 0 THEN 'phường ' ELSE 'xã ' END) || kc_place(gp.idx * 1000 + k, 40), 'COMMUNE', gp.id, DATE '2025-07-01',
        kc_r(gp.idx * 1000 + k, 42) < 0.1 + 0.25 / gp.weight
      FROM gp, generate_series(1, gp.n_comm) k;
    INSERT INTO "AdminUnit" (id, code, name, level, "parentId", "validFrom", "validTo", "successorId")
      SELECT 'bd' || gp.code || '_' || d, gp.code || '-H' || lpad(d::text, 2, '0'), 'huyện ' || kc_place(gp.idx * 100 + d, 44), 'DISTRICT', gp.id,
        DATE '1997-01-01', DATE '2025-06-30', 'bc' || gp.code || '_' || (1 + (d * 7) % gp.n_comm)
      FROM gp, generate_series(1, 10) d;`;
}

export const ESTABLISHMENTS_SQL = `
  INSERT INTO "Establishment" (id, name, kind, "taxCode", "communeId", address, industry, workforce, "womenOwned", "ethnicMinorityOwned",
    representative, phone, email, "agencyId", fictional, source, "searchText", "createdAt", "updatedAt")
  SELECT 'be' || i, kc_est_name(i), k.kind::"EstablishmentKind",
    CASE WHEN k.kind IN ('DN', 'HTX', 'LHHTX') THEN '8' || lpad(i::text, 9, '0') END,
    'bc' || gp.code || '_' || kc_ck(i, gp.n_comm), 'Thôn ' || kc_place(i, 50), kc_ind(i),
    CASE WHEN k.kind = 'DN' THEN 10 + floor(power(kc_r(i, 10), 3) * 300)::int ELSE 1 + floor(power(kc_r(i, 10), 2) * 25)::int END,
    kc_r(i, 11) < 0.32, kc_r(i, 12) < 0.08, kc_person(i), '09' || lpad((i % 100000000)::text, 8, '0'), NULL, gp.dept_id, true, 'data:generate',
    kc_est_plain(i) || COALESCE(' 8' || CASE WHEN k.kind IN ('DN', 'HTX', 'LHHTX') THEN lpad(i::text, 9, '0') END, '') || ' ' || kc_ind_plain(i) || ' ' || kc_person_plain(i),
    now(), now()
  FROM gp, generate_series(gp.est_start, gp.est_start + gp.est_n - 1) i,
    LATERAL (SELECT (ARRAY['HKD','DN','HTX','THT','NGHE_NHAN','LHHTX'])[kc_kind(i)] AS kind) k;`;

/** Status by year: old đề án are settled or closed; this year's are still moving through the workflow. */
const STATUS = `CASE
  WHEN y.year <= 2023 THEN CASE WHEN s < 0.10 THEN 'REJECTED' WHEN s < 0.13 THEN 'WITHDRAWN' WHEN s < 0.16 THEN 'STOPPED' WHEN s < 0.26 THEN 'ACCEPTED' ELSE 'SETTLED' END
  WHEN y.year = 2024 THEN CASE WHEN s < 0.10 THEN 'REJECTED' WHEN s < 0.12 THEN 'WITHDRAWN' WHEN s < 0.14 THEN 'STOPPED' WHEN s < 0.25 THEN 'IN_PROGRESS' WHEN s < 0.55 THEN 'ACCEPTED' ELSE 'SETTLED' END
  WHEN y.year = 2025 THEN CASE WHEN s < 0.10 THEN 'REJECTED' WHEN s < 0.12 THEN 'WITHDRAWN' WHEN s < 0.13 THEN 'STOPPED' WHEN s < 0.20 THEN 'APPROVED' WHEN s < 0.35 THEN 'CONTRACTED' WHEN s < 0.65 THEN 'IN_PROGRESS' WHEN s < 0.85 THEN 'ACCEPTED' ELSE 'SETTLED' END
  ELSE CASE WHEN s < 0.10 THEN 'DRAFT' WHEN s < 0.25 THEN 'SUBMITTED' WHEN s < 0.30 THEN 'RETURNED' WHEN s < 0.45 THEN 'UNDER_APPRAISAL' WHEN s < 0.55 THEN 'SCORED'
    WHEN s < 0.65 THEN (CASE WHEN fd.pipeline = 'NATIONAL' THEN 'MINISTRY_APPRAISAL' ELSE 'RECOMMENDED' END) WHEN s < 0.70 THEN 'REJECTED' WHEN s < 0.80 THEN 'APPROVED' WHEN s < 0.90 THEN 'CONTRACTED' ELSE 'IN_PROGRESS' END
END`;

export const COMMITTED = `('APPROVED','CONTRACTED','IN_PROGRESS','ACCEPTED','SETTLED','STOPPED')`;

export const PROPOSALS_SQL = `
  INSERT INTO "Proposal" (id, code, title, objectives, location, "activityCategoryId", "establishmentId", "agencyId", "communeId", fund, pipeline, kind,
    year, status, "startDate", "endDate", "totalCost", "requestedSupport", "approvedSupport", counterpart, "attestCounterpart", "attestNoDoubleFunding",
    "priorityArea", "searchText", round, version, fictional, source, "submittedAt", "decidedAt", "createdAt", "updatedAt")
  SELECT 'bp' || i, code.v, a.title || ' ' || kc_ind(e), 'Nâng cao năng suất, chất lượng sản phẩm và thu nhập của lao động nông thôn.', 'Thôn ' || kc_place(e, 50),
    CASE WHEN sub.at < DATE '2025-10-15' THEN a.id45 ELSE a.id235 END, 'be' || e, gp.dept_id,
    CASE WHEN sub.at < DATE '2025-07-01' THEN 'bd' || gp.code || '_' || (1 + kc_ck(e, gp.n_comm) % 10) ELSE 'bc' || gp.code || '_' || kc_ck(e, gp.n_comm) END,
    fd.fund::"Fund", fd.pipeline::"Pipeline", 'CU_THE', y.year, st.v::"ProposalStatus", sub.at::date + 60, sub.at::date + 300,
    m.total, m.req, CASE WHEN st.v IN ${COMMITTED} THEN (m.req * (85 + floor(kc_r(i, 19) * 16)::int) / 100000000) * 1000000 END, m.total - m.req,
    st.v <> 'DRAFT', st.v <> 'DRAFT', kc_r(i, 20) < 0.2,
    a.plain || ' ' || kc_ind_plain(e) || COALESCE(' ' || lower(code.v), '') || ' ' || kc_est_plain(e), 0, 0, true, 'data:generate',
    CASE WHEN st.v <> 'DRAFT' THEN sub.at END, CASE WHEN st.v IN ${COMMITTED} OR st.v = 'REJECTED' THEN sub.at + interval '45 days' END, sub.at - interval '7 days', sub.at
  FROM gp, generate_series(gp.prop_start, gp.prop_start + gp.prop_n - 1) i,
    LATERAL (SELECT 2012 + floor(power(kc_r(i, 11), 0.75) * 15)::int AS year) y,
    LATERAL (SELECT gp.est_start + floor(power(kc_r(i, 14), 1.6) * gp.est_n)::bigint AS e, kc_r(i, 13) AS s) pe(e, s),
    LATERAL (SELECT CASE WHEN kc_r(i, 12) < 0.18 THEN 'KCQG' ELSE 'KCDP' END AS fund, CASE WHEN kc_r(i, 12) < 0.18 THEN 'NATIONAL' ELSE 'LOCAL' END AS pipeline) fd,
    LATERAL (SELECT ${STATUS.replace(/\bs\b/g, "pe.s")} AS v) st,
    LATERAL (SELECT make_timestamp(y.year, 1 + floor(kc_r(i, 16) * CASE WHEN y.year = 2026 THEN 10 ELSE 12 END)::int, 1 + floor(kc_r(i, 17) * 28)::int, 8 + floor(kc_r(i, 18) * 9)::int, 0, 0) AS at) sub,
    LATERAL (SELECT * FROM gact WHERE kc_r(i, 15) >= gact.lo AND kc_r(i, 15) < gact.hi LIMIT 1) a,
    LATERAL (SELECT greatest(20, least(30000, round(exp(ln(CASE WHEN a.code = 'LIEN_KET_CCN' THEN 2500 ELSE 260 END) + 0.95 * sqrt(-2 * ln(1 - kc_r(i, 21))) * cos(2 * pi() * kc_r(i, 22))))))::bigint * 1000000 AS total) t0,
    LATERAL (SELECT t0.total AS total, greatest(10, round(t0.total * (0.3 + 0.2 * kc_r(i, 23)) / 1000000))::bigint * 1000000 AS req) m,
    LATERAL (SELECT CASE WHEN st.v <> 'DRAFT' THEN gp.dept_code || '-' || to_char(sub.at, 'YYMMDD') || '-' || lpad(i::text, 6, '0') END AS v) code;
  UPDATE "Proposal" SET "requestedSupport" = LEAST("requestedSupport", "totalCost" - 1000000), counterpart = "totalCost" - LEAST("requestedSupport", "totalCost" - 1000000)
    WHERE source = 'data:generate' AND "requestedSupport" >= "totalCost";`;

export const LINES_AND_HISTORY_SQL = `
  INSERT INTO "BudgetLine" (id, "proposalId", position, item, "costKind", quantity, unit, "unitPrice", total, "requestedSupport", counterpart)
  SELECT p.id || '_' || k, p.id, k,
    CASE k WHEN 1 THEN 'Hạng mục chính: ' || lower(a.title) WHEN 2 THEN 'Lắp đặt, chuyển giao công nghệ, hướng dẫn vận hành' ELSE 'Tư vấn, quản lý đề án' END,
    CASE k WHEN 1 THEN a.cost_kind WHEN 2 THEN 'OTHER' ELSE 'CONSULTING' END, 1, 'gói',
    CASE WHEN k < n THEN p."totalCost" / n ELSE p."totalCost" - (n - 1) * (p."totalCost" / n) END,
    CASE WHEN k < n THEN p."totalCost" / n ELSE p."totalCost" - (n - 1) * (p."totalCost" / n) END,
    CASE WHEN k < n THEN p."requestedSupport" / n ELSE p."requestedSupport" - (n - 1) * (p."requestedSupport" / n) END,
    CASE WHEN k < n THEN p."totalCost" / n - p."requestedSupport" / n ELSE (p."totalCost" - (n - 1) * (p."totalCost" / n)) - (p."requestedSupport" - (n - 1) * (p."requestedSupport" / n)) END
  FROM "Proposal" p JOIN "ActivityCategory" c ON c.id = p."activityCategoryId" JOIN gact a ON a.code = c.code,
    LATERAL (SELECT 1 + floor(kc_r(substr(p.id, 3)::bigint, 24) * 3)::int AS n) nn, generate_series(1, nn.n) k
  WHERE p.source = 'data:generate';
  INSERT INTO "ProposalEvent" (id, "proposalId", action, "fromStatus", "toStatus", "actorId", "actorName", reason, round, "createdAt")
  SELECT p.id || '_e' || t.n, p.id, t.action, t.from_status::"ProposalStatus", t.to_status::"ProposalStatus",
    CASE WHEN t.n = 1 THEN NULL WHEN t.action IN ('approve','reject','baseAppraise','settle','stop') THEN gp.leader_id ELSE gp.staff_id END,
    CASE WHEN t.n = 1 THEN 'Đại diện cơ sở' WHEN t.action IN ('approve','reject','baseAppraise','settle','stop') THEN 'Lãnh đạo Sở Công Thương' ELSE 'Chuyên viên Sở Công Thương' END,
    CASE t.action WHEN 'reject' THEN 'Không đạt điểm tối thiểu theo kết quả thẩm định.' WHEN 'return' THEN 'Thiếu báo giá và hồ sơ pháp lý của cơ sở.'
      WHEN 'withdraw' THEN 'Cơ sở xin rút hồ sơ do thay đổi kế hoạch sản xuất.' WHEN 'stop' THEN 'Cơ sở không đảm bảo vốn đối ứng.'
      WHEN 'approve' THEN 'Phù hợp kế hoạch khuyến công và kết quả thẩm định.' WHEN 'recommend' THEN 'Đạt yêu cầu, đề nghị hỗ trợ.'
      WHEN 'baseAppraise' THEN 'Đạt yêu cầu thẩm định cơ sở.' END,
    CASE WHEN t.action = 'return' THEN 1 ELSE 0 END, p."submittedAt" + (t.n - 1) * interval '11 days'
  FROM "Proposal" p JOIN "Agency" ag ON ag.id = p."agencyId" JOIN gp ON gp.id = ag."provinceId"
    JOIN gevt t ON t.pipeline = p.pipeline::text AND t.status = p.status::text
  WHERE p.source = 'data:generate';
  UPDATE "Proposal" SET round = 1 WHERE source = 'data:generate' AND status = 'RETURNED';`;

export const MONEY_SQL = `
  INSERT INTO "LedgerEntry" (id, "proposalId", kind, amount, "occurredAt", note, "createdById")
  SELECT p.id || '_l' || k.n, p.id, k.kind::"LedgerKind", k.amount, (p."decidedAt" + k.days * interval '1 day')::date, k.note, gp.staff_id
  FROM "Proposal" p JOIN "Agency" ag ON ag.id = p."agencyId" JOIN gp ON gp.id = ag."provinceId",
    LATERAL (VALUES
      (1, 'ADVANCE', p."approvedSupport" / 2, 40, 'Tạm ứng lần 1'),
      (2, CASE WHEN p.status IN ('ACCEPTED','SETTLED') THEN 'FINAL_PAYMENT' END, p."approvedSupport" - p."approvedSupport" / 2, 260, 'Thanh toán sau nghiệm thu'),
      (3, CASE WHEN p.status = 'SETTLED' AND kc_r(substr(p.id, 3)::bigint, 30) < 0.1 THEN 'REFUND' END, p."approvedSupport" / 50, 330, 'Nộp trả phần chênh lệch')
    ) k(n, kind, amount, days, note)
  WHERE p.source = 'data:generate' AND p.status IN ('CONTRACTED','IN_PROGRESS','ACCEPTED','SETTLED','STOPPED') AND k.kind IS NOT NULL;
  INSERT INTO "Settlement" (id, "proposalId", number, "settledAt", "approvedSupport", disbursed, refunded, "settledSupport", counterpart, "createdById")
  SELECT p.id || '_s', p.id, 'QT-' || p.code, (p."decidedAt" + interval '340 days')::date, p."approvedSupport", p."approvedSupport",
    COALESCE(r.amount, 0), p."approvedSupport" - COALESCE(r.amount, 0), p.counterpart, gp.staff_id
  FROM "Proposal" p JOIN "Agency" ag ON ag.id = p."agencyId" JOIN gp ON gp.id = ag."provinceId"
    LEFT JOIN "LedgerEntry" r ON r."proposalId" = p.id AND r.kind = 'REFUND'
  WHERE p.source = 'data:generate' AND p.status = 'SETTLED';
  INSERT INTO "BudgetEnvelope" (id, "agencyId", year, fund, amount, committed, source, "updatedAt")
  SELECT 'benv_' || "agencyId" || '_' || year || '_' || fund, "agencyId", year, fund,
    (sum(COALESCE("approvedSupport", 0)) * 115 / 100 / 1000000) * 1000000 + 2000000000, sum(COALESCE("approvedSupport", 0)), 'data:generate', now()
  FROM "Proposal" WHERE source = 'data:generate' GROUP BY "agencyId", year, fund
  ON CONFLICT ("agencyId", year, fund) DO UPDATE SET amount = "BudgetEnvelope".amount + EXCLUDED.amount, committed = "BudgetEnvelope".committed + EXCLUDED.committed;`;

/** Results of accepted đề án (6 indicators each) and per-commune yearly results kept with probability `share`. */
export function resultsSql(share: number): string {
  return `
  INSERT INTO "Result" (id, "indicatorId", year, "startYear", "endYear", "provinceId", "agencyId", fund, "activityCategoryId", "communeId", "proposalId",
    value, origin, status, source, "createdById", "approvedById", "approvedAt")
  SELECT p.id || '_r' || k, gi.id, p.year, p.year, p.year, gp.id, p."agencyId", p.fund, p."activityCategoryId", p."communeId", p.id,
    CASE WHEN gi.is_money THEN COALESCE(p."approvedSupport", 0) ELSE 1 + floor(power(kc_r(substr(p.id, 3)::bigint * 8 + k, 32), 2) * 40)::int END,
    'ACCEPTANCE', 'APPROVED', 'data:generate', gp.staff_id, gp.leader_id, p."decidedAt" + interval '300 days'
  FROM "Proposal" p JOIN "Agency" ag ON ag.id = p."agencyId" JOIN gp ON gp.id = ag."provinceId", generate_series(1, 6) k,
    LATERAL (SELECT * FROM gind WHERE gind.idx = 1 + floor(kc_r(substr(p.id, 3)::bigint * 8 + k, 31) * (SELECT count(*) FROM gind))::int) gi
  WHERE p.source = 'data:generate' AND p.status IN ('ACCEPTED', 'SETTLED');
  INSERT INTO "Result" (id, "indicatorId", year, "startYear", "endYear", "provinceId", "agencyId", fund, "communeId", value, origin, status, source,
    "createdById", "approvedById", "approvedAt")
  SELECT 'br' || gp.code || '_' || c || '_' || y || '_' || gi.idx, gi.id, y, y, y, gp.id, gp.dept_id, 'KCDP',
    CASE WHEN y < 2025 THEN 'bd' || gp.code || '_' || (1 + c % 10) ELSE 'bc' || gp.code || '_' || c END,
    CASE WHEN gi.is_money THEN (50 + floor(power(kc_r(h.x, 34), 3) * 3000)::bigint) * 1000000
         WHEN gi.scale > 1 THEN floor(kc_r(h.x, 34) * 10000)::bigint ELSE 1 + floor(power(kc_r(h.x, 34), 3) * 60)::int END,
    'MANUAL', CASE WHEN kc_r(h.x, 35) < 0.03 THEN 'DRAFT' ELSE 'APPROVED' END::"ResultStatus", 'data:generate', gp.staff_id,
    CASE WHEN kc_r(h.x, 35) >= 0.03 THEN gp.leader_id END, CASE WHEN kc_r(h.x, 35) >= 0.03 THEN make_timestamp(y, 12, 20, 9, 0, 0) END
  FROM gp, generate_series(1, gp.n_comm) c, generate_series(2012, 2026) y, gind gi,
    LATERAL (SELECT ((gp.idx * 1000 + c) * 100 + (y - 2000)) * 100 + gi.idx AS x) h
  WHERE kc_r(h.x, 33) < ${share} * (0.8 + 0.4 * (c::float8 / gp.n_comm < 0.5)::int);`;
}
