import type { ProposalStatus } from "@/lib/generated/prisma/enums";

// Processing time limits the province sets in its Quy chế (configurable data, not national law [G]):
// intake within 5 days of (re)submission; appraisal finished within 30 days of submission; a returned
// dossier is late once its supplement deadline has passed. Pure.
export const PROCESSING_LIMITS = { intakeDays: 5, appraisalDays: 30 } as const;

export const DAY = 86_400_000;
export const INTAKE_STATUSES = ["SUBMITTED", "RESUBMITTED"] as const satisfies readonly ProposalStatus[];
export const APPRAISAL_STATUSES = [
  "UNDER_APPRAISAL",
  "SCORED",
  "BASE_APPRAISED",
] as const satisfies readonly ProposalStatus[];

export type OverdueFacts = {
  status: ProposalStatus;
  submittedAt: Date | null;
  /** When the last supplement was answered (resubmission), if any. */
  lastAnsweredAt: Date | null;
  /** Deadline of the open supplement request, if returned. */
  openDeadline: Date | null;
};

export type OverdueVerdict = { overdue: boolean; since: Date | null; label: string | null };

export function overdueVerdict(f: OverdueFacts, now: Date): OverdueVerdict {
  const late = (start: Date | null, days: number, label: string): OverdueVerdict => {
    if (!start) return { overdue: false, since: null, label: null };
    const due = new Date(start.getTime() + days * DAY);
    return due < now ? { overdue: true, since: due, label } : { overdue: false, since: null, label: null };
  };
  if (f.status === "SUBMITTED") return late(f.submittedAt, PROCESSING_LIMITS.intakeDays, "Quá hạn tiếp nhận");
  if (f.status === "RESUBMITTED")
    return late(f.lastAnsweredAt ?? f.submittedAt, PROCESSING_LIMITS.intakeDays, "Quá hạn tiếp nhận hồ sơ bổ sung");
  if ((APPRAISAL_STATUSES as readonly ProposalStatus[]).includes(f.status)) {
    return late(f.submittedAt, PROCESSING_LIMITS.appraisalDays, "Quá hạn thẩm định");
  }
  if (f.status === "RETURNED" && f.openDeadline) {
    const end = new Date(f.openDeadline.getTime() + DAY); // the deadline day itself still counts
    return end < now
      ? { overdue: true, since: f.openDeadline, label: "Quá hạn nộp bổ sung" }
      : { overdue: false, since: null, label: null };
  }
  return { overdue: false, since: null, label: null };
}
