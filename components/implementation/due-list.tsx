import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { formatDate } from "@/lib/dates";
import { DEADLINE_RULES } from "@/lib/calendar/deadlines";
import type { Locale } from "@/lib/i18n/locale";
import type { DueItem } from "@/lib/implementation/due-items";
import { translator } from "@/lib/i18n/messages";

const TONE = {
  OVERDUE: ["danger", { vi: "Quá hạn", en: "Overdue" }],
  DUE_SOON: ["warning", { vi: "Sắp đến hạn", en: "Due soon" }],
  UPCOMING: ["neutral", { vi: "Sắp tới", en: "Upcoming" }],
} as const;

/** The item's label in English, rebuilt from its kind (lib/implementation/due-items words it in Vietnamese). */
function englishLabel(i: DueItem): string {
  switch (i.kind) {
    case "PROGRESS_REPORT": {
      const month = /\d{2}\/\d{4}/.exec(i.label)?.[0];
      return month ? `Progress report for ${month}` : "Monthly progress report";
    }
    case "ACCEPTANCE":
      return "Acceptance at the end of the implementation period";
    case "SETTLEMENT_DOSSIER":
      return `Settlement dossier (${DEADLINE_RULES.settlementDossierDays} days after the last acceptance)`;
    case "SUPPLEMENT":
      return "Deadline for the dossier supplement";
    case "FOLLOW_UP":
      return "Post-support check (machinery still in use, jobs kept)";
  }
}

/** What is due, overdue first; each row links to the đề án. */
export function DueList({ items, hrefBase, locale }: { items: readonly DueItem[]; hrefBase: string; locale: Locale }) {
  const vi = locale === "vi";
  const t = translator(locale, "components.implementation.dueList");
  if (items.length === 0) return <EmptyState title={t("nothingDue")} hint={t("deadlinesForReportsAcceptanceAnd")} />;
  return (
    <ul className="divide-y rounded-lg border border-slate-200 bg-white" data-testid="due-list">
      {items.map((i) => {
        const [tone, label] = TONE[i.status];
        const state = i.status === "OVERDUE" ? "late" : i.workingDaysLeft > 0 ? "left" : "none";
        const when = t("due", {
          date: formatDate(i.due),
          state,
          days: state === "late" ? i.daysLate : i.workingDaysLeft,
        });
        return (
          <li
            key={`${i.proposalId}-${i.kind}-${i.label}`}
            className="flex flex-wrap items-center gap-2 p-3 text-sm"
            data-status={i.status}
          >
            <Badge tone={tone}>{label[locale]}</Badge>
            <span className="font-semibold">{vi ? i.label : englishLabel(i)}</span>
            <span>{when}</span>
            <Link href={`${hrefBase}/${i.proposalId}`} className="ml-auto text-brand-700 underline">
              {i.code ?? i.title}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
