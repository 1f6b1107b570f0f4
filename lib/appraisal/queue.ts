import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Fund, Pipeline, ProposalStatus } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/auth/actor";
import { getDb, type Tx } from "@/lib/db";
import { proposalScopeSql, proposalScopeWithAgencies } from "@/lib/proposals/scope";
import { searchRead, searchSql } from "@/lib/appraisal/queue-search";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { INTAKE_STATUSES, overdueVerdict, PROCESSING_LIMITS } from "@/lib/appraisal/overdue";
import { overdueSql } from "@/lib/appraisal/overdue-sql";
import { statusList } from "@/lib/proposals/status-sql";
import { getActiveRubric } from "@/lib/appraisal/rubric-store";
import { summarize } from "@/lib/appraisal/rubric-math";
import type { QueueFilters } from "@/lib/appraisal/queue-filters";
import type { QueueRow } from "@/lib/appraisal/dto";

export const PAGE_SIZE = 50;

/** Đề án whose council mean (complete sheets of the active rubric only) is at least `min` points. */
function meanAtLeastSql(min: number): Prisma.Sql {
  return Prisma.sql`p.id IN (
    WITH active AS (SELECT id FROM "Rubric" WHERE active ORDER BY "createdAt" DESC LIMIT 1),
    crit AS (SELECT c.id, c."weightBp", c."maxScore" FROM "RubricCriterion" c JOIN active a ON c."rubricId" = a.id),
    sheet AS (
      SELECT s."proposalId", s."appraiserId", SUM(s.value::numeric * c."weightBp" / c."maxScore") / 100 AS total, COUNT(*) AS n
      FROM "Score" s JOIN crit c ON c.id = s."criterionId" GROUP BY 1, 2)
    SELECT "proposalId" FROM sheet WHERE n = (SELECT COUNT(*) FROM crit) GROUP BY 1 HAVING AVG(total) >= ${min})`;
}

type Row = {
  id: string | null;
  total: bigint;
  code: string | null;
  title: string;
  status: ProposalStatus;
  fund: Fund;
  year: number;
  pipeline: Pipeline;
  submittedAt: Date | null;
  requestedSupport: bigint;
  tags: string[];
  establishmentName: string | null;
  communeName: string | null;
  activityName: string;
  lastDeadline: Date | null;
  lastAnsweredAt: Date | null;
  assigned: number;
  scores: Array<[string, string, number]>;
};

/**
 * The staff queue (issue 21): one statement per page — the filtered đề án counted, the page cut in their order, and
 * the page's rows with their names, last supplement, assignments and scores — instead of a count and a read with six
 * relation queries. Every filter is a condition of that statement: the scope (a province's agencies resolved first,
 * so the search keys are per agency), the overdue rules (overdueSql), the search (searchSql), the council mean.
 * The intake view orders by intake deadline (the last answer to a supplement restarts the clock) in the database.
 */
export async function listQueue(
  actor: Actor,
  f: QueueFilters,
  now = new Date(),
): Promise<{ rows: QueueRow[]; total: number; page: number; pages: number }> {
  assertCan(actor, "proposal.viewAgency");
  const tx = await getDb();
  const scope = await proposalScopeWithAgencies(tx, actor);
  const intake = f.xem === "cho-tiep-nhan";
  const conds: Prisma.Sql[] = [
    scope.agencyIds === null
      ? proposalScopeSql(actor)
      : scope.agencyIds.length
        ? Prisma.sql`p."agencyId" IN (${Prisma.join(scope.agencyIds)})`
        : Prisma.sql`false`,
    Prisma.sql`p.status <> 'DRAFT'`,
  ];
  if (f.status) conds.push(Prisma.sql`p.status = CAST(${f.status} AS "ProposalStatus")`);
  if (intake) conds.push(Prisma.sql`p.status IN (${statusList(INTAKE_STATUSES)})`);
  if (f.activity)
    conds.push(
      Prisma.sql`p."activityCategoryId" IN (SELECT c.id FROM "ActivityCategory" c WHERE c.code = ${f.activity})`,
    );
  if (f.commune) conds.push(Prisma.sql`p."communeId" = ${f.commune}`);
  if (f.fund) conds.push(Prisma.sql`p.fund::text = ${f.fund}`);
  if (f.year) conds.push(Prisma.sql`p.year = ${f.year}`);
  if (f.tag) conds.push(Prisma.sql`p.tags @> ARRAY[${f.tag}]::text[]`);
  if (f.overdue) conds.push(overdueSql(now));
  if (f.q) conds.push(searchSql(scope.agencyIds, f.q));
  if (f.minScore !== undefined) conds.push(meanAtLeastSql(f.minScore));
  const where = Prisma.join(conds, " AND ");
  // The intake deadline: the last supplement's answer (by round), else the submission, plus the days the province allows.
  const due = Prisma.sql`COALESCE((SELECT sr."answeredAt" FROM "SupplementRequest" sr WHERE sr."proposalId" = p.id
    ORDER BY sr.round DESC LIMIT 1), p."submittedAt") + make_interval(days => ${PROCESSING_LIMITS.intakeDays})`;
  const page = (n: number) => (c: Tx) =>
    c.$queryRaw<Row[]>`
        WITH m AS (SELECT p.id, ${intake ? due : Prisma.sql`p."submittedAt"`} AS k FROM "Proposal" p WHERE ${where}),
        pg AS (SELECT m.id, m.k FROM m ORDER BY m.k ASC NULLS LAST, m.id LIMIT ${PAGE_SIZE} OFFSET ${(n - 1) * PAGE_SIZE}),
        n AS (SELECT count(*) AS total FROM m)
        SELECT pr.id, n.total, pr.code, pr.title, pr.status::text AS status, pr.fund::text AS fund, pr.year,
          pr.pipeline::text AS pipeline, pr."submittedAt", pr."requestedSupport", pr.tags,
          e.name AS "establishmentName", cu.name AS "communeName", ac.name AS "activityName",
          ls.deadline AS "lastDeadline", ls."answeredAt" AS "lastAnsweredAt",
          (SELECT count(*)::int FROM "Assignment" asg WHERE asg."proposalId" = pr.id AND asg.conflict::text <> 'RECUSED') AS assigned,
          (SELECT COALESCE(json_agg(json_build_array(sc."appraiserId", sc."criterionId", sc.value)), '[]'::json)
            FROM "Score" sc WHERE sc."proposalId" = pr.id) AS scores
        FROM n LEFT JOIN pg ON true
        LEFT JOIN "Proposal" pr ON pr.id = pg.id
        LEFT JOIN "Establishment" e ON e.id = pr."establishmentId"
        LEFT JOIN "AdminUnit" cu ON cu.id = pr."communeId"
        LEFT JOIN "ActivityCategory" ac ON ac.id = pr."activityCategoryId"
        LEFT JOIN LATERAL (SELECT sr.deadline, sr."answeredAt" FROM "SupplementRequest" sr WHERE sr."proposalId" = pr.id
          ORDER BY sr.round DESC LIMIT 1) ls ON true
        ORDER BY pg.k ASC NULLS LAST, pg.id`;
  // A search reads one province's candidates: no parallel plan (searchRead), whatever the size of the whole table.
  const read = (n: number) => (f.q ? searchRead(tx, page(n)) : page(n)(tx));
  const [first, rubric] = await Promise.all([read(f.page), getActiveRubric(tx).catch(() => null)]);
  const total = Number(first[0]?.total ?? 0);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page past the end is read again at the last page.
  const shown = Math.min(f.page, pages);
  const list = (shown === f.page ? first : await read(shown)).filter((p) => p.id !== null);
  const rows = list.map((p): QueueRow => {
    const od = overdueVerdict(
      {
        status: p.status,
        submittedAt: p.submittedAt,
        lastAnsweredAt: p.lastAnsweredAt,
        openDeadline: p.lastDeadline && !p.lastAnsweredAt ? p.lastDeadline : null,
      },
      now,
    );
    const byMember = new Map<string, Record<string, number>>();
    for (const [appraiserId, criterionId, value] of p.scores) {
      const values = byMember.get(appraiserId) ?? {};
      values[criterionId] = value;
      byMember.set(appraiserId, values);
    }
    const members = [...byMember].map(([appraiserId, values]) => ({ appraiserId, values }));
    const summary = rubric ? summarize(rubric.criteria, members) : null;
    return {
      id: p.id!,
      code: p.code,
      title: p.title,
      status: p.status,
      statusLabel: STATUS_INFO[p.status].label.vi,
      tone: STATUS_INFO[p.status].tone,
      fund: p.fund,
      year: p.year,
      pipeline: p.pipeline,
      submittedAt: p.submittedAt?.toISOString() ?? null,
      requestedSupport: p.requestedSupport.toString(),
      tags: p.tags,
      establishmentName: p.establishmentName,
      communeName: p.communeName,
      activityName: p.activityName,
      assigned: p.assigned,
      meanTenths: summary?.meanTenths ?? null,
      wideSpread: summary?.wideSpread ?? false,
      overdueLabel: od.label,
    };
  });
  return { rows, total, page: shown, pages };
}
