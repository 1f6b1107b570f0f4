import type { ProposalStatus, SignMode } from "@/lib/generated/prisma/enums";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { formatDateTime } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";
import { onBehalfText } from "@/components/timeline/on-behalf";
import { useTranslations } from "next-intl";

export type TimelineItem = {
  id?: string;
  at: string;
  toStatus: ProposalStatus | null;
  /** Shown only where the viewer may see who acted (not on the public look-up). */
  actorName?: string | null;
  onBehalfOfName?: string | null;
  /** The workflow action: filing for an establishment reads "nộp thay cho", a decision "ký thay cho". */
  action?: string;
  signMode?: SignMode | null;
  reason?: string | null;
  label?: string;
};

/** Every step of a dossier, oldest first, as an ordered list (reusable by any role's dossier page). */
export function StatusTimeline({
  items,
  locale = "vi",
  emptyText,
}: {
  items: TimelineItem[];
  locale?: "vi" | "en";
  emptyText?: string;
}) {
  const t = useTranslations("components.timeline.statusTimeline");
  if (items.length === 0) return <p className="text-sm text-slate-600">{emptyText ?? t("noStepsYet")}</p>;
  return (
    <ol
      className="relative ml-3 border-l-2 border-slate-200"
      aria-label={t("dossierTimeline")}
      data-testid="status-timeline"
    >
      {items.map((item, i) => {
        const info = item.toStatus ? STATUS_INFO[item.toStatus] : null;
        const last = i === items.length - 1;
        const behalf = onBehalfText(item, locale);
        return (
          <li key={item.id ?? `${item.at}-${i}`} className="mb-5 ml-5 last:mb-0">
            <span
              className={`absolute -left-[9px] mt-1.5 h-4 w-4 rounded-full border-2 border-white ${last ? "bg-brand-700" : "bg-slate-400"}`}
              aria-hidden
            />
            <div className="flex flex-wrap items-center gap-2">
              {info && <Badge tone={info.tone}>{info.label[locale]}</Badge>}
              {item.label && <span className="text-sm font-semibold">{item.label}</span>}
              <time dateTime={item.at} className="text-sm text-slate-600 tabular-nums">
                {formatDateTime(item.at)}
              </time>
            </div>
            {(item.actorName || behalf) && (
              <p className="mt-1 text-sm text-slate-700">
                {item.actorName}
                {behalf && ` (${behalf})`}
              </p>
            )}
            {item.reason && <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{item.reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}
