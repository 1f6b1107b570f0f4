// Pure: which side owes a deadline, the deterministic key of one reminder, and its Vietnamese text.
import type { DeadlineKind } from "@/lib/calendar/deadlines";
import type { DueItem } from "@/lib/implementation/due-items";
import type { Notice } from "@/lib/notifications/templates";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";

export type ReminderSide = "APPLICANT" | "AGENCY";

/**
 * The beneficiary files the monthly report (TT 36/2013/TT-BCT Art. 23) and the supplement; the agency
 * organises acceptance, the settlement dossier and the follow-up check.
 */
export const REMINDER_SIDE = {
  PROGRESS_REPORT: "APPLICANT",
  SUPPLEMENT: "APPLICANT",
  ACCEPTANCE: "AGENCY",
  SETTLEMENT_DOSSIER: "AGENCY",
  FOLLOW_UP: "AGENCY",
} as const satisfies Record<DeadlineKind, ReminderSide>;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Stored in Notification.kind: one reminder per item (đề án, obligation, due date), reminder kind
 * (due soon / overdue) and calendar day — the job checks it before writing, so a re-run the same day sends nothing.
 */
export function reminderKey(item: DueItem, today: Date): string {
  return `reminder.${item.status === "OVERDUE" ? "overdue" : "due-soon"}:${item.kind}:${item.proposalId}:${iso(item.due)}:${iso(today)}`;
}

export function reminderLink(item: DueItem): string {
  return REMINDER_SIDE[item.kind] === "APPLICANT"
    ? item.kind === "SUPPLEMENT"
      ? routes.enterprise.dossier(item.proposalId)
      : routes.enterprise.implementation(item.proposalId)
    : routes.staff.implementation(item.proposalId);
}

export function reminderNotice(item: DueItem, today: Date): Notice {
  const ref = item.code ?? item.title;
  const name = `${item.code ? `${item.code} – ` : ""}${item.title}`;
  const overdue = item.status === "OVERDUE";
  const when = overdue
    ? `đã quá hạn ${item.daysLate} ngày (hạn ${formatDate(item.due)}). Đề nghị thực hiện ngay.`
    : `đến hạn ngày ${formatDate(item.due)} (còn ${item.workingDaysLeft} ngày làm việc).`;
  return {
    kind: reminderKey(item, today),
    title: `${overdue ? "Quá hạn" : "Sắp đến hạn"}: ${item.label} – ${ref}`,
    body: `Đề án "${name}": ${item.label.charAt(0).toLowerCase()}${item.label.slice(1)} ${when}`,
    link: reminderLink(item),
  };
}
