import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/actor";
import { getDb, type Tx } from "@/lib/db";
import { proposalScopeWithAgencies } from "@/lib/proposals/scope";
import { searchCondition, searchRead } from "@/lib/appraisal/queue-search";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { INTAKE_STATUSES, overdueVerdict, overdueWhere, PROCESSING_LIMITS } from "@/lib/appraisal/overdue";
import { getActiveRubric } from "@/lib/appraisal/rubric-store";
import { summarize } from "@/lib/appraisal/rubric-math";
import type { QueueFilters } from "@/lib/appraisal/queue-filters";
import type { QueueRow } from "@/lib/appraisal/dto";

export const PAGE_SIZE = 50;
const INTAKE_CAP = 2000;
const DAY = 86_400_000;

/** When intake is due (ms): the last answer to a supplement restarts the clock (lib/appraisal/overdue.ts). */
function intakeDue(submittedAt: Date | null, lastAnsweredAt: Date | null): number {
  const start = lastAnsweredAt ?? submittedAt;
  return start ? start.getTime() + PROCESSING_LIMITS.intakeDays * DAY : Number.MAX_SAFE_INTEGER;
}

/** Đề án whose council mean (complete sheets only) is at least `min` points. */
async function idsWithMeanAtLeast(tx: Tx, min: number): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ proposalId: string }>>`
    WITH active AS (SELECT id FROM "Rubric" WHERE active ORDER BY "createdAt" DESC LIMIT 1),
    crit AS (SELECT c.id, c."weightBp", c."maxScore" FROM "RubricCriterion" c JOIN active a ON c."rubricId" = a.id),
    sheet AS (
      SELECT s."proposalId", s."appraiserId", SUM(s.value::numeric * c."weightBp" / c."maxScore") / 100 AS total, COUNT(*) AS n
      FROM "Score" s JOIN crit c ON c.id = s."criterionId" GROUP BY 1, 2)
    SELECT "proposalId" FROM sheet WHERE n = (SELECT COUNT(*) FROM crit) GROUP BY 1 HAVING AVG(total) >= ${min}`;
  return rows.map((r) => r.proposalId);
}

export async function listQueue(
  actor: Actor,
  f: QueueFilters,
  now = new Date(),
): Promise<{ rows: QueueRow[]; total: number; page: number; pages: number }> {
  assertCan(actor, "proposal.viewAgency");
  const tx = await getDb();
  const scope = await proposalScopeWithAgencies(tx, actor);
  const and: Prisma.ProposalWhereInput[] = [scope.where, { status: { not: "DRAFT" } }];
  if (f.status) and.push({ status: f.status });
  if (f.xem === "cho-tiep-nhan") and.push({ status: { in: [...INTAKE_STATUSES] } });
  if (f.activity) and.push({ activityCategory: { code: f.activity } });
  if (f.commune) and.push({ communeId: f.commune });
  if (f.fund) and.push({ fund: f.fund });
  if (f.year) and.push({ year: f.year });
  if (f.tag) and.push({ tags: { has: f.tag } });
  if (f.overdue) and.push(overdueWhere(now));
  if (f.q) {
    and.push(await searchCondition(tx, scope.agencyIds, f.q));
  }
  if (f.minScore !== undefined) and.push({ id: { in: await idsWithMeanAtLeast(tx, f.minScore) } });
  const where: Prisma.ProposalWhereInput = { AND: and };
  const intake = f.xem === "cho-tiep-nhan";
  // The count, the page and the rubric are independent reads: run side by side (issue 21: the queue did them one
  // after another inside an interactive transaction). A page past the end is read again at the last page.
  // A search reads one province's candidates: no parallel plan (searchRead), whatever the size of the whole table.
  const on = <T>(fn: (c: Tx) => Promise<T>): Promise<T> => (f.q ? searchRead(tx, fn) : fn(tx));
  const read = (page: number) =>
    on((c) =>
      c.proposal.findMany({
        where,
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        skip: intake ? 0 : (page - 1) * PAGE_SIZE,
        take: intake ? INTAKE_CAP : PAGE_SIZE,
        select: {
          id: true,
          code: true,
          title: true,
          status: true,
          fund: true,
          year: true,
          pipeline: true,
          submittedAt: true,
          requestedSupport: true,
          tags: true,
          establishment: { select: { name: true } },
          commune: { select: { name: true } },
          activityCategory: { select: { name: true, code: true } },
          supplements: { orderBy: { round: "desc" }, take: 1, select: { deadline: true, answeredAt: true } },
          assignments: { select: { appraiserId: true, conflict: true } },
          scores: { select: { appraiserId: true, criterionId: true, value: true } },
        },
      }),
    );
  const [total, first, rubric] = await Promise.all([
    on((c) => c.proposal.count({ where })),
    read(f.page),
    getActiveRubric(tx).catch(() => null),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const list = page === f.page || intake ? first : await read(page);
  const ordered = intake
    ? list
        .map((p) => ({ p, due: intakeDue(p.submittedAt, p.supplements[0]?.answeredAt ?? null) }))
        .sort((a, b) => a.due - b.due || a.p.id.localeCompare(b.p.id))
        .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
        .map((x) => x.p)
    : list;
  const rows = ordered.map((p): QueueRow => {
    const last = p.supplements[0];
    const od = overdueVerdict(
      {
        status: p.status,
        submittedAt: p.submittedAt,
        lastAnsweredAt: last?.answeredAt ?? null,
        openDeadline: last && !last.answeredAt ? last.deadline : null,
      },
      now,
    );
    const members = [...new Set(p.scores.map((s) => s.appraiserId))].map((appraiserId) => ({
      appraiserId,
      values: Object.fromEntries(
        p.scores.filter((s) => s.appraiserId === appraiserId).map((s) => [s.criterionId, s.value]),
      ),
    }));
    const summary = rubric ? summarize(rubric.criteria, members) : null;
    return {
      id: p.id,
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
      establishmentName: p.establishment?.name ?? null,
      communeName: p.commune?.name ?? null,
      activityName: p.activityCategory.name,
      assigned: p.assignments.filter((a) => a.conflict !== "RECUSED").length,
      meanTenths: summary?.meanTenths ?? null,
      wideSpread: summary?.wideSpread ?? false,
      overdueLabel: od.label,
    };
  });
  return { rows, total, page, pages };
}
