import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Training results of Vĩnh Phúc (merged into Phú Thọ) in 2021–2025, as the dashboard tests read them: two approved
 * rows (120 in 2022, 55 in 2023) count, a draft (999 in 2024) does not.
 */
export async function seedVinhPhucTrainingResults(db: PrismaClient): Promise<void> {
  const ld = await db.indicator.findUniqueOrThrow({ where: { code: "LD_DAO_TAO" } });
  const vp = await db.adminUnit.findUniqueOrThrow({ where: { code: "26" } });
  await db.result.createMany({
    data: [
      {
        indicatorId: ld.id,
        year: 2022,
        startYear: 2021,
        endYear: 2025,
        provinceId: vp.id,
        value: 120n,
        origin: "MANUAL",
        status: "APPROVED",
        evidence: "QĐ 12/QĐ-SCT",
      },
      {
        indicatorId: ld.id,
        year: 2023,
        startYear: 2021,
        endYear: 2025,
        provinceId: vp.id,
        value: 55n,
        origin: "MANUAL",
        status: "APPROVED",
        evidence: "QĐ 30/QĐ-SCT",
      },
      {
        indicatorId: ld.id,
        year: 2024,
        startYear: 2021,
        endYear: 2025,
        provinceId: vp.id,
        value: 999n,
        origin: "MANUAL",
        status: "DRAFT",
        evidence: "chưa duyệt",
      },
    ],
  });
}
