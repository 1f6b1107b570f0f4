import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { APPRAISAL_STATUSES, DAY, PROCESSING_LIMITS } from "@/lib/appraisal/overdue";
import { statusList } from "@/lib/proposals/status-sql";

/**
 * The same rules as a SQL condition on a "Proposal" row aliased `p`, so the queue and the staff home can filter before
 * paging and counting (tests/integration/queue-sql.test.ts checks it against overdueVerdict, the rule the rows are labelled with).
 */
export function overdueSql(now: Date): Prisma.Sql {
  const intakeCut = new Date(now.getTime() - PROCESSING_LIMITS.intakeDays * DAY);
  const appraisalCut = new Date(now.getTime() - PROCESSING_LIMITS.appraisalDays * DAY);
  const deadlineCut = new Date(now.getTime() - DAY);
  return Prisma.sql`(
    (p.status = 'SUBMITTED' AND p."submittedAt" < ${intakeCut})
    -- Resubmitted: the clock restarts at the last answer to a supplement request.
    OR (p.status = 'RESUBMITTED' AND p."submittedAt" < ${intakeCut} AND NOT EXISTS (
      SELECT 1 FROM "SupplementRequest" s WHERE s."proposalId" = p.id AND s."answeredAt" >= ${intakeCut}))
    OR (p.status IN (${statusList(APPRAISAL_STATUSES)}) AND p."submittedAt" < ${appraisalCut})
    OR (p.status = 'RETURNED' AND EXISTS (
      SELECT 1 FROM "SupplementRequest" s WHERE s."proposalId" = p.id AND s."answeredAt" IS NULL AND s.deadline < ${deadlineCut}))
  )`;
}
