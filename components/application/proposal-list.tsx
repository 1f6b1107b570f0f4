import Link from "next/link";
import type { ProposalListItem } from "@/lib/applications/dto";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { Badge } from "@/components/ui/badge";
import { translator } from "@/lib/i18n/messages";

/** Dossiers as cards (readable at 360 px): status, code, dates, and what to do next. */
export function ProposalList({
  items,
  base,
  locale = "vi",
}: {
  items: ProposalListItem[];
  base: string;
  locale?: Locale;
}) {
  const t = translator(locale, "components.application.proposalList");
  return (
    <ul className="grid gap-3" data-testid="proposal-list">
      {items.map((p) => {
        const info = STATUS_INFO[p.status];
        const href = p.status === "DRAFT" ? `${base}/${p.id}/sua` : `${base}/${p.id}`;
        return (
          <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={info.tone}>{info.label[locale]}</Badge>
              {p.code && <span className="text-sm tabular-nums text-slate-700">{p.code}</span>}
            </div>
            <Link href={href} className="mt-1 block font-semibold text-brand-700 underline">
              {p.title}
            </Link>
            {p.openSupplement && (
              <p className="mt-1 text-sm font-semibold text-amber-900">{t("theAgencyIsWaitingFor")}</p>
            )}
            <p className="mt-1 text-sm text-slate-600">
              {p.activity}
              {p.status !== "DRAFT" && ` · ${t("requested")} ${formatMoney(BigInt(p.requestedSupport))}`}
              {` · ${p.submittedAt ? `${t("submitted")} ${formatDate(p.submittedAt)}` : `${t("lastEdited")} ${formatDate(p.updatedAt)}`}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
