import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { scoreSchema, type ScoreInput } from "@/lib/appraisal/schemas";
import { getActiveRubric } from "@/lib/appraisal/rubric-store";
import { memberTotalTenths } from "@/lib/appraisal/rubric-math";
import { libText } from "@/lib/i18n/lib-token";

/**
 * A council member's score sheet: every criterion of the rubric, each with a justification. Only a
 * member assigned to the dossier who declared no conflict of interest may score, and only while the
 * dossier is under appraisal. Both facts are read with FOR SHARE locks, so a concurrent recusal or
 * closing of the scoring waits for this transaction instead of slipping past the check.
 */
export async function submitScores(actor: Actor, input: ScoreInput) {
  assertCan(actor, "proposal.score");
  const data = parseOrThrow(scoreSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const assignment = await tx.$queryRaw<Array<{ conflict: string }>>`
      SELECT "conflict"::text AS "conflict" FROM "Assignment" WHERE "proposalId" = ${data.proposalId} AND "appraiserId" = ${actor.id} FOR SHARE`;
    const conflict = assignment[0]?.conflict;
    if (!conflict) throw new NotFoundError();
    if (conflict === "RECUSED") throw new ForbiddenError(libText("errors.youRecusedYourselfFromAppraising"));
    if (conflict !== "NO_CONFLICT") throw new ForbiddenError(libText("errors.pleaseDeclareThatYouHave"));
    const proposal = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT "status"::text AS "status" FROM "Proposal" WHERE "id" = ${data.proposalId} FOR SHARE`;
    if (proposal[0]?.status !== "UNDER_APPRAISAL") throw new WorkflowError(libText("errors.theDossierIsNoLonger"));

    const rubric = await getActiveRubric(tx);
    const values: Record<string, number> = {};
    const fieldErrors: Record<string, string[]> = {};
    for (const c of rubric.criteria) {
      const s = data.scores.find((x) => x.criterionId === c.id);
      if (!s) fieldErrors[`value_${c.id}`] = ["Chấm điểm tiêu chí này."];
      else if (s.value > c.maxScore) fieldErrors[`value_${c.id}`] = [`Điểm tối đa là ${c.maxScore}.`];
      else values[c.id] = s.value;
    }
    if (data.scores.some((s) => !rubric.criteria.some((c) => c.id === s.criterionId)))
      throw new ValidationError({ _form: [libText("validation.theCriterionIsNotIn")] });
    if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);

    for (const s of data.scores) {
      await tx.score.upsert({
        where: {
          proposalId_appraiserId_criterionId: {
            proposalId: data.proposalId,
            appraiserId: actor.id,
            criterionId: s.criterionId,
          },
        },
        create: {
          proposalId: data.proposalId,
          appraiserId: actor.id,
          criterionId: s.criterionId,
          value: s.value,
          justification: s.justification,
        },
        update: { value: s.value, justification: s.justification },
      });
    }
    const totalTenths = memberTotalTenths(rubric.criteria, values);
    await writeAudit(tx, actor, {
      action: "appraisal.score",
      entity: "Proposal",
      entityId: data.proposalId,
      data: { rubric: rubric.code, totalTenths },
    });
    return { totalTenths };
  });
}
