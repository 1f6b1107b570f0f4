import type { PrismaClient } from "@/lib/generated/prisma/client";
import { TRIEU } from "@/lib/money";
import { seedRubric } from "./rubric";

// Demo data of the appraisal side (fictional): the default rubric, Phú Thọ's 2026 local envelope and
// plan (the already-approved demo đề án in it, its support committed), and a ký-thay delegation from
// the director to the deputy director for 2026. Idempotent.
export async function seedAppraisal(db: PrismaClient): Promise<void> {
  await seedRubric(db);
  const agency = await db.agency.findUnique({ where: { code: "000.00.20.H45" }, select: { id: true } });
  if (!agency) return;
  const approved = await db.proposal.findMany({
    where: { agencyId: agency.id, year: 2026, fund: "KCDP", status: "APPROVED" },
    select: { id: true, approvedSupport: true, requestedSupport: true },
  });
  const committed = approved.reduce((s, p) => s + (p.approvedSupport ?? p.requestedSupport), 0n);
  const envelope = await db.budgetEnvelope.upsert({
    where: { agencyId_year_fund: { agencyId: agency.id, year: 2026, fund: "KCDP" } },
    create: {
      agencyId: agency.id,
      year: 2026,
      fund: "KCDP",
      amount: 2_500n * TRIEU,
      committed,
      source: "Dữ liệu minh họa: dự toán kinh phí khuyến công địa phương năm 2026 (không phải số liệu thật)",
    },
    update: {},
  });
  const plan = await db.annualPlan.upsert({
    where: { agencyId_year_fund: { agencyId: agency.id, year: 2026, fund: "KCDP" } },
    create: {
      agencyId: agency.id,
      year: 2026,
      fund: "KCDP",
      name: "Kế hoạch khuyến công địa phương năm 2026",
      envelopeId: envelope.id,
    },
    update: {},
  });
  const batch = await db.planBatch.upsert({
    where: { planId_number: { planId: plan.id, number: 1 } },
    create: { planId: plan.id, number: 1, name: "Đợt 1" },
    update: {},
  });
  await db.proposal.updateMany({
    where: { id: { in: approved.map((p) => p.id) }, planId: null },
    data: { planId: plan.id, batchId: batch.id },
  });

  // The part of the 2027 national envelope for Phú Thọ's KCQG đề án (issue 15: the ministry decides within it).
  await db.budgetEnvelope.upsert({
    where: { agencyId_year_fund: { agencyId: agency.id, year: 2027, fund: "KCQG" } },
    create: {
      agencyId: agency.id,
      year: 2027,
      fund: "KCQG",
      amount: 1_000n * TRIEU,
      committed: 0n,
      source:
        "Dữ liệu minh họa: kinh phí khuyến công quốc gia năm 2027 dành cho đề án của tỉnh (không phải số liệu thật)",
    },
    update: {},
  });

  const [director, deputy] = await Promise.all([
    db.user.findUnique({ where: { email: "giamdoc@demo.vn" }, select: { id: true } }),
    db.user.findUnique({ where: { email: "lanhdao@demo.vn" }, select: { id: true } }),
  ]);
  if (
    director &&
    deputy &&
    !(await db.delegation.findFirst({ where: { delegatorId: director.id, delegateId: deputy.id } }))
  ) {
    await db.delegation.create({
      data: {
        agencyId: agency.id,
        delegatorId: director.id,
        delegateId: deputy.id,
        mode: "KY_THAY",
        validFrom: new Date("2026-01-01T00:00:00+07:00"),
        validTo: new Date("2026-12-31T23:59:59+07:00"),
        scope:
          "Ký thay Giám đốc các quyết định phê duyệt, không phê duyệt đề án khuyến công địa phương năm 2026 (minh họa)",
      },
    });
  }
}
