import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { formatDate } from "@/lib/dates";
import type { DueItem } from "@/lib/implementation/due-items";

const TONE = { OVERDUE: ["danger", "Quá hạn"], DUE_SOON: ["warning", "Sắp đến hạn"], UPCOMING: ["neutral", "Sắp tới"] } as const;

/** What is due, overdue first; each row links to the đề án. */
export function DueList({ items, hrefBase }: { items: readonly DueItem[]; hrefBase: string }) {
  if (items.length === 0) return <EmptyState title="Không có việc đến hạn" hint="Các hạn báo cáo, nghiệm thu và quyết toán sẽ hiện ở đây." />;
  return (
    <ul className="divide-y rounded-lg border border-slate-200 bg-white" data-testid="due-list">
      {items.map((i) => {
        const [tone, label] = TONE[i.status];
        return (
          <li key={`${i.proposalId}-${i.kind}-${i.label}`} className="flex flex-wrap items-center gap-2 p-3 text-sm" data-status={i.status}>
            <Badge tone={tone}>{label}</Badge>
            <span className="font-semibold">{i.label}</span>
            <span>hạn {formatDate(i.due)}{i.status === "OVERDUE" ? ` (trễ ${i.daysLate} ngày)` : i.workingDaysLeft > 0 ? ` (còn ${i.workingDaysLeft} ngày làm việc)` : ""}</span>
            <Link href={`${hrefBase}/${i.proposalId}`} className="ml-auto text-brand-700 underline">{i.code ?? i.title}</Link>
          </li>
        );
      })}
    </ul>
  );
}
