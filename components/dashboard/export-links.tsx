import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** Downloads of the view as seen (same filters); the print view uses the browser's print to PDF. */
export function ExportLinks({ query, locale }: { query: string; locale: Locale }) {
  const t = translator(locale, "components.dashboard.exportLinks");
  const q = query ? `&${query}` : "";
  return (
    <div className="no-print flex flex-wrap gap-2">
      <a className={buttonClass("secondary")} href={`/api/export/dashboard?format=xlsx${q}`} download>
        {t("exportExcel")}
      </a>
      <a className={buttonClass("secondary")} href={`/api/export/dashboard?format=csv${q}`} download>
        {t("exportCsv")}
      </a>
      <a className={buttonClass("ghost")} href={`/lanh-dao/bao-cao/in?${query}`}>
        {t("printPdf")}
      </a>
    </div>
  );
}
