import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { toSearchText } from "@/lib/text";
import { seedHolidays } from "./holidays";
import { seedAdvanceRules } from "./advance-rules";

const TR = 1_000_000n;
const DEMO_TITLE = "Hỗ trợ máy dán cạnh tự động cho xưởng mộc";

/**
 * Holidays, advance rules, and one fictional đề án of the demo enterprise (Mộc Tiến Thành) under
 * implementation — contract, two monthly reports, a 70 % advance — so the beneficiary's report page and
 * the overdue-report reminder have something to show. Idempotent (keyed by title and year).
 */
export async function seedImplementation(db: PrismaClient): Promise<void> {
  await seedHolidays(db);
  await seedAdvanceRules(db);
  if (await db.proposal.findFirst({ where: { title: DEMO_TITLE, year: 2026 }, select: { id: true } })) return;
  const [est, agency, commune, activity, staff] = await Promise.all([
    db.establishment.findFirst({ where: { name: "Hộ kinh doanh Mộc Tiến Thành" }, select: { id: true, name: true } }),
    db.agency.findUnique({ where: { code: "000.00.20.H45" }, select: { id: true, name: true } }),
    db.adminUnit.findUnique({ where: { code: "25-YEN-LAC" }, select: { id: true } }),
    db.activityCategory.findFirst({ where: { code: "UNG_DUNG_MAY_MOC", validTo: null }, select: { id: true } }),
    db.user.findUnique({ where: { email: "chuyenvien@demo.vn" }, select: { id: true } }),
  ]);
  if (!est || !agency || !activity || !staff) return;
  const approved = 150n * TR;
  const signedAt = new Date("2026-08-10T00:00:00Z");
  const p = await db.proposal.create({
    data: {
      code: "000.00.20.H45-260315-0001",
      title: DEMO_TITLE,
      objectives: "Dán cạnh tự động, tăng năng suất hoàn thiện tủ bếp gấp 2 lần.",
      activityCategoryId: activity.id,
      establishmentId: est.id,
      agencyId: agency.id,
      communeId: commune?.id ?? null,
      fund: "KCDP",
      pipeline: "LOCAL",
      year: 2026,
      status: "IN_PROGRESS",
      totalCost: 320n * TR,
      requestedSupport: approved,
      approvedSupport: approved,
      counterpart: 170n * TR,
      attestCounterpart: true,
      attestNoDoubleFunding: true,
      submittedAt: new Date("2026-03-15T02:00:00Z"),
      decidedAt: new Date("2026-07-20T02:00:00Z"),
      startDate: new Date("2026-08-01"),
      endDate: new Date("2026-12-15"),
      fictional: true,
      source: "Dữ liệu minh họa",
      searchText: toSearchText(DEMO_TITLE, "000.00.20.H45-260315-0001", est.name),
      budgetLines: {
        create: [
          {
            position: 1,
            item: "Máy dán cạnh tự động 6 chức năng",
            costKind: "MACHINERY",
            quantity: 1,
            unit: "máy",
            unitPrice: 320n * TR,
            total: 320n * TR,
            requestedSupport: approved,
            counterpart: 170n * TR,
          },
        ],
      },
    },
    select: { id: true },
  });
  const history: Array<[string, ProposalStatus, ProposalStatus, string]> = [
    ["submit", "DRAFT", "SUBMITTED", "2026-03-15"],
    ["startAppraisal", "SUBMITTED", "UNDER_APPRAISAL", "2026-03-20"],
    ["closeScoring", "UNDER_APPRAISAL", "SCORED", "2026-05-10"],
    ["recommend", "SCORED", "RECOMMENDED", "2026-05-12"],
    ["approve", "RECOMMENDED", "APPROVED", "2026-07-20"],
    ["signContract", "APPROVED", "CONTRACTED", "2026-08-10"],
    ["startWork", "CONTRACTED", "IN_PROGRESS", "2026-08-12"],
  ];
  for (const [action, from, to, at] of history) {
    await db.proposalEvent.create({
      data: {
        proposalId: p.id,
        action,
        fromStatus: from,
        toStatus: to,
        actorName: "Dữ liệu minh họa",
        createdAt: new Date(`${at}T03:00:00Z`),
      },
    });
  }
  await db.contract.create({
    data: {
      proposalId: p.id,
      number: "01/2026/HĐHT-000.00.20.H45-MH",
      signedAt,
      amount: approved,
      partyA: agency.name,
      partyB: est.name,
      createdById: staff.id,
    },
  });
  await db.progressReport.createMany({
    data: [
      {
        proposalId: p.id,
        period: "2026-08",
        percentComplete: 40,
        investmentDoneBp: 4500,
        content: "Đã ký hợp đồng mua máy, đặt cọc 45 % giá trị.",
        submittedById: staff.id,
        submittedAt: new Date("2026-08-24T03:00:00Z"),
      },
      {
        proposalId: p.id,
        period: "2026-09",
        percentComplete: 80,
        investmentDoneBp: 7800,
        content: "Máy đã về xưởng, lắp đặt xong, đang chạy thử.",
        submittedById: staff.id,
        submittedAt: new Date("2026-09-23T03:00:00Z"),
      },
    ],
  });
  await db.ledgerEntry.createMany({
    data: [
      {
        proposalId: p.id,
        kind: "COMMITMENT",
        amount: approved,
        occurredAt: signedAt,
        note: "Hợp đồng hỗ trợ (minh họa)",
        createdById: staff.id,
      },
      {
        proposalId: p.id,
        kind: "ADVANCE",
        amount: 105n * TR,
        occurredAt: new Date("2026-09-30"),
        note: "Tạm ứng 70 % sau báo cáo tháng 09/2026",
        ruleCode: "TU-MAY-MOC-MO-HINH",
        createdById: staff.id,
      },
    ],
  });
}
