import type { PrismaClient } from "@/lib/generated/prisma/client";
import { TRIEU } from "@/lib/money";
import { toSearchText } from "@/lib/text";

const CODE = "000.00.20.H45-260302-0001";

/**
 * A returned dossier of the demo enterprise (Hộ kinh doanh Mộc Tiến Thành, fictional), so that signing in
 * as doanhnghiep@demo.vn shows the supplement request and the resubmission. Idempotent (by code).
 */
export async function seedEnterpriseDemo(db: PrismaClient): Promise<void> {
  if (await db.proposal.findUnique({ where: { code: CODE }, select: { id: true } })) return;
  const est = await db.establishment.findFirst({
    where: { name: "Hộ kinh doanh Mộc Tiến Thành" },
    select: { id: true, name: true, agencyId: true, communeId: true },
  });
  const activity = await db.activityCategory.findFirst({
    where: { code: "UNG_DUNG_MAY_MOC", validTo: null },
    select: { id: true },
  });
  const staff = await db.user.findUnique({ where: { email: "chuyenvien@demo.vn" }, select: { id: true, name: true } });
  if (!est?.agencyId || !activity || !staff) return;
  const total = 320n * TRIEU;
  const support = 160n * TRIEU;
  const submittedAt = new Date("2026-03-02T02:00:00Z");
  const returnedAt = new Date("2026-03-09T08:00:00Z");
  const reason = "Báo giá chưa ghi rõ model, xuất xứ máy; thiếu ảnh hiện trạng nhà xưởng nơi lắp đặt.";
  await db.proposal.create({
    data: {
      code: CODE,
      title: "Hỗ trợ máy bào cuốn 4 mặt cho xưởng mộc",
      objectives: "Tự động hóa khâu bào, tăng năng suất 2,5 lần, giảm tai nạn lao động.",
      activityCategoryId: activity.id,
      establishmentId: est.id,
      agencyId: est.agencyId,
      communeId: est.communeId,
      location: "Thôn Đông",
      year: 2026,
      status: "RETURNED",
      round: 1,
      startDate: new Date("2026-05-01"),
      endDate: new Date("2026-10-31"),
      totalCost: total,
      requestedSupport: support,
      counterpart: total - support,
      attestCounterpart: true,
      attestNoDoubleFunding: true,
      submittedAt,
      fictional: true,
      source: "Dữ liệu minh họa",
      searchText: toSearchText("Hỗ trợ máy bào cuốn 4 mặt cho xưởng mộc", CODE, est.name),
      budgetLines: {
        create: [
          {
            position: 1,
            item: "Máy bào cuốn 4 mặt",
            costKind: "MACHINERY",
            quantity: 1,
            unit: "máy",
            unitPrice: total,
            total,
            requestedSupport: support,
            counterpart: total - support,
          },
        ],
      },
      events: {
        create: [
          { action: "submit", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorName: est.name, createdAt: submittedAt },
          {
            action: "return",
            fromStatus: "SUBMITTED",
            toStatus: "RETURNED",
            actorId: staff.id,
            actorName: staff.name,
            reason,
            round: 1,
            createdAt: returnedAt,
          },
        ],
      },
      supplements: {
        create: [
          {
            round: 1,
            items: [
              "Báo giá có model, xuất xứ, thời gian bảo hành của máy",
              "Ảnh hiện trạng nhà xưởng nơi lắp đặt máy",
            ],
            reason,
            deadline: new Date("2026-12-31"),
            requestedById: staff.id,
            createdAt: returnedAt,
          },
        ],
      },
    },
    select: { id: true },
  });
}
