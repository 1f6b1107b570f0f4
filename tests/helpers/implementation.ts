// Test support for the implementation/funding slice: seeds its own rule data on top of the foundation
// fixtures and finds the demo đề án it drives.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedFixtures } from "@/tests/helpers/fixtures";
import { seedAdvanceRules } from "@/prisma/seed/advance-rules";
import { seedHolidays } from "@/prisma/seed/holidays";

export async function seedImplementationFixtures(db: PrismaClient): Promise<void> {
  await seedFixtures(db);
  await seedAdvanceRules(db);
  await seedHolidays(db);
}

/** The demo machinery đề án approved for 250 triệu at Phú Thọ (prisma/seed/foundation/proposals.ts, D6). */
export async function approvedMachineryProposal(db: PrismaClient): Promise<{ id: string; approvedSupport: bigint }> {
  const p = await db.proposal.findFirstOrThrow({
    where: { code: "000.00.20.H45-251215-0001" },
    select: { id: true, approvedSupport: true },
  });
  return { id: p.id, approvedSupport: p.approvedSupport ?? 0n };
}

/** A fresh copy of an approved đề án (same establishment, activity and lines) for tests needing several. */
export async function cloneApproved(db: PrismaClient, sourceId: string, suffix: string): Promise<string> {
  const s = await db.proposal.findUniqueOrThrow({ where: { id: sourceId }, include: { budgetLines: true } });
  const { id: _id, code: _code, createdAt: _c, updatedAt: _u, draftData: _d, budgetLines, ...rest } = s;
  const created = await db.proposal.create({
    data: {
      ...rest,
      title: `${s.title} (${suffix})`,
      code: null,
      status: "APPROVED",
      budgetLines: { create: budgetLines.map(({ id: _i, proposalId: _p, ...l }) => l) },
    },
    select: { id: true },
  });
  return created.id;
}
