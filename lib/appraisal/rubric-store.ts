import type { Tx } from "@/lib/db";
import { WorkflowError } from "@/lib/errors";
import type { Criterion } from "@/lib/appraisal/rubric-math";
import { libText } from "@/lib/i18n/lib-token";

export type ActiveRubric = { id: string; code: string; name: string; legalRef: string | null; criteria: Criterion[] };

/** The rubric councils score with now: the most recent active one (configurable data, seeded from TT 36/2013 Art. 9). */
export async function getActiveRubric(tx: Tx): Promise<ActiveRubric> {
  const r = await tx.rubric.findFirst({
    where: { active: true },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      code: true,
      name: true,
      legalRef: true,
      criteria: {
        orderBy: { position: "asc" },
        select: { id: true, code: true, name: true, weightBp: true, maxScore: true },
      },
    },
  });
  if (!r) throw new WorkflowError(libText("errors.thereIsNoScoringRubric"));
  return r;
}
