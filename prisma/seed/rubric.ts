import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_RUBRIC } from "@/lib/appraisal/default-rubric";

/** The default council rubric (TT 36/2013/TT-BCT Art. 9). Idempotent; weights stay editable as data. */
export async function seedRubric(db: PrismaClient): Promise<string> {
  const r = DEFAULT_RUBRIC;
  const rubric = await db.rubric.upsert({
    where: { code: r.code },
    create: { code: r.code, name: r.name, legalRef: r.legalRef, active: true },
    update: {},
    select: { id: true },
  });
  for (const [i, c] of r.criteria.entries()) {
    await db.rubricCriterion.upsert({
      where: { rubricId_code: { rubricId: rubric.id, code: c.code } },
      create: {
        rubricId: rubric.id,
        code: c.code,
        name: c.name,
        weightBp: c.weightBp,
        maxScore: c.maxScore,
        position: i + 1,
      },
      update: {},
    });
  }
  return rubric.id;
}
