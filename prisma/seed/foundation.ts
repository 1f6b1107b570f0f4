import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedUnits } from "./foundation/units";
import { seedAgencies } from "./foundation/agencies";
import { seedCatalogue } from "./foundation/catalogue";
import { seedIndicators } from "./foundation/indicators";
import { seedProgrammesAndFigures } from "./foundation/programmes";
import { seedEstablishments } from "./foundation/establishments";
import { seedUsers } from "./foundation/users";
import { seedProposals } from "./foundation/proposals";

/** Units, agencies, users, catalogue, the real figures of domain.md §8 and the demo đề án. Idempotent. */
export async function seedFoundation(db: PrismaClient): Promise<void> {
  const units = await seedUnits(db);
  const agencies = await seedAgencies(db, units);
  const activities = await seedCatalogue(db);
  const indicators = await seedIndicators(db);
  await seedProgrammesAndFigures(db, { units, agencies, activities, indicators });
  const establishments = await seedEstablishments(db, units, agencies);
  await seedUsers(db, agencies, establishments);
  await seedProposals(db, { units, agencies, activities, establishments });
  await seedReturnedSupplement(db);
}

async function seedReturnedSupplement(db: PrismaClient): Promise<void> {
  const returned = await db.proposal.findFirst({ where: { code: "000.00.20.H45-260106-0001" }, select: { id: true } });
  const staff = await db.user.findUnique({ where: { email: "chuyenvien@demo.vn" }, select: { id: true } });
  if (!returned || !staff) return;
  await db.supplementRequest.upsert({
    where: { proposalId_round: { proposalId: returned.id, round: 1 } },
    update: {},
    create: {
      proposalId: returned.id,
      round: 1,
      requestedById: staff.id,
      deadline: new Date("2026-12-15"),
      reason: "Thiếu 03 báo giá của nhà cung cấp khác nhau và giấy chứng nhận đăng ký doanh nghiệp.",
      items: [
        "03 báo giá máy gấp tôn CNC của 03 nhà cung cấp khác nhau",
        "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
      ],
    },
  });
}
