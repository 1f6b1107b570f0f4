import type { ProposalStatus } from "@/lib/generated/prisma/enums";

// A đề án counts against the budget from the decision approving it (kế hoạch được phê duyệt) until it is
// settled. A stopped đề án releases its commitment; what was paid stays in the ledger figures.
export const COMMITTED_STATUSES = [
  "APPROVED",
  "CONTRACTED",
  "IN_PROGRESS",
  "ACCEPTED",
  "SETTLED",
] as const satisfies readonly ProposalStatus[];

export const STATUS_LABELS: Partial<Record<ProposalStatus, string>> = {
  APPROVED: "Đã phê duyệt",
  CONTRACTED: "Đã ký hợp đồng",
  IN_PROGRESS: "Đang thực hiện",
  ACCEPTED: "Đã nghiệm thu",
  SETTLED: "Đã quyết toán",
  STOPPED: "Dừng thực hiện",
};
