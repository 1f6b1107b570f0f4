import type { Cell, ColumnKind, ReportTable } from "@/lib/reports/table";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

const int = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });

/** The same cell the spreadsheet holds, written the Vietnamese way (1.234.567; 52,8%). */
export function cellText(v: Cell, kind: ColumnKind): string {
  if (v === null || v === "") return "—";
  if (typeof v === "string") return v;
  if (kind === "percent") return pct.format(v);
  if (kind === "decimal") return dec.format(v);
  return kind === "text" ? String(v) : int.format(v);
}

/**
 * Report tables on screen and on paper; each links to its own CSV when a base href is given. The tables are
 * the report (Vietnamese, as in the spreadsheet); `locale` only words the "no data" line on screen.
 */
export function ReportTables({
  tables,
  csvHref,
  locale = "vi",
}: {
  tables: ReportTable[];
  csvHref?: (index: number) => string;
  locale?: Locale;
}) {
  const t = translator(locale, "components.reports.reportTables");
  return (
    <div className="space-y-8">
      {tables.map((table, ti) => (
        <section
          key={table.sheet}
          className="break-inside-avoid"
          aria-labelledby={`rt-${ti}`}
          data-testid={`report-table-${ti}`}
        >
          <div className="mb-2 flex flex-wrap items-baseline gap-2">
            <h2 id={`rt-${ti}`} className="mr-auto text-lg font-semibold">
              {ti + 1}. {table.title}
            </h2>
            {csvHref && (
              <a className="no-print text-sm text-brand-700 underline" href={csvHref(ti)} download>
                CSV
              </a>
            )}
          </div>
          {table.note && <p className="mb-1 text-xs text-slate-600">{table.note}</p>}
          {table.rows.length ? (
            <div className="overflow-x-auto">
              <table className="min-w-full border-collapse text-sm">
                <thead>
                  <tr>
                    {table.columns.map((c) => (
                      <th
                        key={c.header}
                        scope="col"
                        className="border border-slate-300 bg-slate-100 px-2 py-1 text-left"
                      >
                        {c.header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r, ri) => (
                    <tr key={ri}>
                      {r.map((v, ci) => {
                        const kind = table.columns[ci]?.kind ?? "text";
                        return (
                          <td
                            key={ci}
                            className={`border border-slate-300 px-2 py-1 align-top ${kind === "text" ? "" : "text-right tabular-nums"}`}
                          >
                            {cellText(v, kind)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="text-sm text-slate-600">{t("noFiguresWithinTheScope")}</p>
          )}
        </section>
      ))}
    </div>
  );
}
