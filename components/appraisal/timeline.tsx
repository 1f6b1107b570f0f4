import type { TimelineItem } from "@/lib/appraisal/timeline";
import { formatDateTime } from "@/lib/dates";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { onBehalfText } from "@/components/timeline/on-behalf";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** The audit trail of status changes: who, what, when, why — and who signed for whom. */
export function Timeline({ items, locale }: { items: TimelineItem[]; locale: Locale }) {
  const t = translator(locale, "components.appraisal.timeline");
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("noProcessingStepsYet")}</p>;
  return (
    <ol
      className="relative ml-3 border-l-2 border-slate-200"
      aria-label={t("dossierProcessingHistory")}
      data-testid="timeline"
    >
      {items.map((e) => (
        <li key={e.id} className="mb-4 ml-5 last:mb-0">
          <span
            className="absolute -left-[9px] mt-1.5 h-4 w-4 rounded-full border-2 border-white bg-slate-400"
            aria-hidden
          />
          <p className="text-sm">
            <strong>
              {e.toLabel && locale !== "vi"
                ? (Object.values(STATUS_INFO).find((s) => s.label.vi === e.toLabel)?.label.en ?? e.toLabel)
                : (e.toLabel ?? e.action)}
            </strong>
            {e.round > 0 && (
              <span className="text-slate-600">
                {" "}
                · {t("round")} {e.round}
              </span>
            )}
          </p>
          <p className="text-xs text-slate-600">
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            {e.actorName && ` · ${e.actorName}`}
            {e.onBehalfOfName && ` (${onBehalfText(e)})`}
          </p>
          {e.reason && <p className="mt-1 whitespace-pre-line text-sm">{e.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
