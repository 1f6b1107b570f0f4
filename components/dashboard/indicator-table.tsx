import Link from "next/link";
import type { IndicatorRowDto } from "@/lib/dashboard/dto";
import { STATUS_META } from "@/lib/metrics/status-meta";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/**
 * Provinces listed under a national figure that may not be summed (in name order): there the provinces side by side
 * are the figure. The whole country has 34: 42 indicators × 34 lines made the ministry's dashboard ~950 KB (issue 21);
 * the Excel export lists every province's series, the link every entry. A figure the country may sum lists none: its
 * provinces are in «Kết quả theo tỉnh, thành phố» and the Excel export (6 lines under each made the page ~400 KB).
 */
export const SERIES_SHOWN = 6;

/** Target against actual per indicator; every actual links to the entries behind it. */
export function IndicatorTable({
  rows,
  drillHref,
  year,
  previousLabel,
  locale,
}: {
  rows: IndicatorRowDto[];
  drillHref: (code: string) => string;
  year: number | null;
  previousLabel: string | null;
  locale: Locale;
}) {
  const t = translator(locale, "components.dashboard.indicatorTable");
  const head = [
    t("indicator"),
    t("periodTarget"),
    year ? `${t("cumulativeTo")} ${year}` : t("actual"),
    ...(year ? [`${t("year")} ${year}`] : []),
    t("achievement"),
    t("assessment"),
    ...(previousLabel ? [`${t("period")} ${previousLabel}`] : []),
  ];
  return (
    <Table head={head}>
      {rows.map((r) => (
        <tr key={r.indicatorId} data-testid={`indicator-${r.code}`}>
          <Td className="min-w-48">
            <span className="font-semibold">{r.name}</span>
            <span className="block text-xs text-slate-500">
              {r.code} · {r.unit}
              {r.cumulative ? "" : t("notCumulative")}
            </span>
          </Td>
          <Td>
            {r.target ? (
              <>
                <span className="font-semibold tabular-nums" data-testid="target">
                  {r.target.display}
                </span>
                {r.target.rawTexts.length > 0 && (
                  <span className="block text-xs text-slate-600">“{r.target.rawTexts.join("; ")}”</span>
                )}
                <span className="block text-xs text-slate-500">
                  {t("source")} {r.target.sources.join("; ")}
                </span>
                {r.target.notes.length > 0 && (
                  <span className="block text-xs text-slate-500">{r.target.notes.join("; ")}</span>
                )}
              </>
            ) : (
              <span className="text-slate-500">—</span>
            )}
          </Td>
          <Td>
            <Link href={drillHref(r.code)} className="font-semibold text-brand-700 underline" data-testid="actual">
              {r.actual.display}
            </Link>
            {r.actual.entries > 0 && (
              <span className="block text-xs text-slate-500">
                {r.actual.entries} {t("entries")}
              </span>
            )}
            {r.series && r.actual.hasData && (r.seriesTotal ?? r.series.length) > 0 && (
              <span className="block text-xs text-slate-600" data-testid="series-summed">
                {t("summedProvinces", { n: r.seriesTotal ?? r.series.length })}
              </span>
            )}
            {(r.actual.hasData ? undefined : r.series)?.slice(0, SERIES_SHOWN).map((x) => (
              <span key={x.province} className="block text-xs text-slate-700" data-testid="series">
                {x.province} ({x.period}): {x.display}
              </span>
            ))}
            {r.series && !r.actual.hasData && (r.seriesTotal ?? r.series.length) > SERIES_SHOWN && (
              <span className="block text-xs text-slate-600" data-testid="series-more">
                {t("moreProvinces", { rest: (r.seriesTotal ?? r.series.length) - SERIES_SHOWN })}
              </span>
            )}
            {r.nationalNote && <span className="block text-xs text-amber-800">{r.nationalNote}</span>}
          </Td>
          {year && <Td>{r.yearActual?.display ?? "—"}</Td>}
          <Td>{r.percentDisplay}</Td>
          <Td>
            <Badge tone={r.tone}>{locale === "vi" ? r.statusLabel : STATUS_META[r.status].label.en}</Badge>
          </Td>
          {previousLabel && <Td>{r.previous?.display ?? "—"}</Td>}
        </tr>
      ))}
    </Table>
  );
}
