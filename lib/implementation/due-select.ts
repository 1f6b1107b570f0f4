import type { Prisma } from "@/lib/generated/prisma/client";

/** What a đề án's due items need (lib/implementation/due-items.ts dueFactsOf): the board and the reminders read it. */
export const DUE_SELECT = {
  id: true,
  code: true,
  title: true,
  status: true,
  endDate: true,
  contract: { select: { signedAt: true } },
  progressReports: { select: { period: true } },
  acceptances: { select: { acceptedAt: true }, orderBy: { acceptedAt: "desc" }, take: 1 },
  settlement: { select: { settledAt: true } },
  _count: { select: { followUps: true } },
  supplements: { where: { answeredAt: null }, select: { deadline: true }, orderBy: { round: "desc" }, take: 1 },
} satisfies Prisma.ProposalSelect;
