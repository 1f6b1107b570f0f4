import type { ProposalStatus } from "@/lib/generated/prisma/enums";

/** Statuses in which a đề án holds (or held) money for its cost items: approved and every later one. */
export const FUNDED_STATUSES: readonly ProposalStatus[] = [
  "APPROVED",
  "CONTRACTED",
  "IN_PROGRESS",
  "ACCEPTED",
  "SETTLED",
];
