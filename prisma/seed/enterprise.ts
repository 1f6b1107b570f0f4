import type { PrismaClient } from "@/lib/generated/prisma/client";
import { guessIndustryCode } from "@/lib/rules/industries";
import { toSearchText } from "@/lib/text";
import { seedSupportRules } from "./support-rules";
import { seedEnterpriseDemo } from "./enterprise-demo";

/**
 * Support caps (support-rules.ts), then makes the demo establishments usable by the eligibility rules (industry codes guessed from the free text
 * where none was recorded) and aligns the dossier-code counters with codes already in the data, so a new
 * submission never collides with a seeded code. Idempotent.
 */
export async function seedEnterprise(db: PrismaClient): Promise<void> {
  await seedSupportRules(db);
  const missing = await db.establishment.findMany({
    where: { industryCode: null },
    select: { id: true, industry: true },
  });
  for (const e of missing) {
    const code = guessIndustryCode(toSearchText(e.industry));
    if (code) await db.establishment.update({ where: { id: e.id }, data: { industryCode: code } });
  }
  await seedEnterpriseDemo(db);
  const coded = await db.proposal.findMany({ where: { code: { not: null } }, select: { code: true } });
  const max = new Map<string, number>();
  for (const { code } of coded) {
    const m = /^(.+)-(\d{6})-(\d{4,})$/.exec(code ?? "");
    if (!m) continue;
    const key = `dossier:${m[1]}:${m[2]}`;
    max.set(key, Math.max(max.get(key) ?? 0, Number(m[3])));
  }
  for (const [key, value] of max) {
    await db.$executeRaw`
      INSERT INTO "SequenceCounter" ("key", "value") VALUES (${key}, ${value})
      ON CONFLICT ("key") DO UPDATE SET "value" = GREATEST("SequenceCounter"."value", EXCLUDED."value")`;
  }
}
