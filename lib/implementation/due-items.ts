// Pure: turns the facts of each đề án into dated obligations, classified by the deadline engine.
import type { Calendar } from "@/lib/calendar/working-days";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { addDays } from "@/lib/calendar/working-days";
import {
  classifyDeadline,
  DEADLINE_RULES,
  missingReportPeriods,
  settlementDossierDeadline,
  type DeadlineKind,
  type DeadlineStatus,
} from "@/lib/calendar/deadlines";

export type ProposalFacts = {
  id: string;
  code: string | null;
  title: string;
  status: ProposalStatus;
  contractSignedAt: Date | null;
  reportedPeriods: string[];
  endDate: Date | null;
  lastAcceptanceAt: Date | null;
  settledAt: Date | null;
  followUps: number;
  openSupplementDeadline: Date | null;
};

export type DueItem = {
  proposalId: string;
  code: string | null;
  title: string;
  kind: DeadlineKind;
  label: string;
  due: Date;
  status: DeadlineStatus;
  daysLate: number;
  workingDaysLeft: number;
};

/** A đề án as the readers select it (lib/implementation/due-select.ts, or the detail page's larger select). */
export type DueRow = {
  id: string;
  code: string | null;
  title: string;
  status: ProposalStatus;
  endDate: Date | null;
  contract: { signedAt: Date } | null;
  progressReports: Array<{ period: string }>;
  acceptances: Array<{ acceptedAt: Date }>;
  settlement: { settledAt: Date } | null;
  /** A count of follow-ups, or the follow-ups themselves. */
  _count?: { followUps: number };
  followUps?: readonly unknown[];
  /** The open supplement request, latest round first (when read). */
  supplements?: Array<{ deadline: Date | null }>;
};

/** The facts dueItemsFor needs, from a row (one mapping for the board, the detail page and the reminders). */
export function dueFactsOf(p: DueRow): ProposalFacts {
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    status: p.status,
    contractSignedAt: p.contract?.signedAt ?? null,
    reportedPeriods: p.progressReports.map((r) => r.period),
    endDate: p.endDate,
    lastAcceptanceAt: p.acceptances[0]?.acceptedAt ?? null,
    settledAt: p.settlement?.settledAt ?? null,
    followUps: p._count?.followUps ?? p.followUps?.length ?? 0,
    openSupplementDeadline: p.supplements?.[0]?.deadline ?? null,
  };
}

const monthLabel = (period: string) => `${period.slice(5)}/${period.slice(0, 4)}`;

/** The last day a follow-up is owed: the settlement's date, three years on. */
export function followUpWindowEnd(settledAt: Date): Date {
  return new Date(
    Date.UTC(
      settledAt.getUTCFullYear() + DEADLINE_RULES.followUpUntilYears,
      settledAt.getUTCMonth(),
      settledAt.getUTCDate(),
    ),
  );
}

export function dueItemsFor(f: ProposalFacts, today: Date, cal: Calendar): DueItem[] {
  const out: DueItem[] = [];
  const push = (kind: DeadlineKind, label: string, due: Date, remind?: number) => {
    const c = classifyDeadline(due, today, cal, remind);
    out.push({
      proposalId: f.id,
      code: f.code,
      title: f.title,
      kind,
      label,
      due: c.due,
      status: c.status,
      daysLate: c.daysLate,
      workingDaysLeft: c.workingDaysLeft,
    });
  };
  if ((f.status === "CONTRACTED" || f.status === "IN_PROGRESS") && f.contractSignedAt) {
    for (const m of missingReportPeriods(f.contractSignedAt, new Set(f.reportedPeriods), today, cal)) {
      push("PROGRESS_REPORT", `Báo cáo tiến độ tháng ${monthLabel(m.period)}`, m.due);
    }
    if (f.endDate) push("ACCEPTANCE", "Nghiệm thu khi hết thời gian thực hiện", f.endDate, 10);
  }
  if (f.status === "ACCEPTED" && f.lastAcceptanceAt) {
    push(
      "SETTLEMENT_DOSSIER",
      `Hồ sơ quyết toán (${DEADLINE_RULES.settlementDossierDays} ngày sau nghiệm thu cuối)`,
      settlementDossierDeadline(f.lastAcceptanceAt, cal),
    );
  }
  if (f.status === "RETURNED" && f.openSupplementDeadline)
    push("SUPPLEMENT", "Hạn nộp bổ sung hồ sơ", f.openSupplementDeadline);
  if (
    f.status === "SETTLED" &&
    f.settledAt &&
    f.followUps === 0 &&
    today.getTime() <= followUpWindowEnd(f.settledAt).getTime()
  ) {
    push(
      "FOLLOW_UP",
      "Kiểm tra sau hỗ trợ (máy còn sử dụng, lao động được giữ)",
      addDays(f.settledAt, DEADLINE_RULES.followUpAfterDays),
      20,
    );
  }
  return out;
}
