import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";

/** Downloads of the view as seen (same filters); the print view uses the browser's print to PDF. */
export function ExportLinks({ query, locale }: { query: string; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const q = query ? `&${query}` : "";
  return (
    <div className="no-print flex flex-wrap gap-2">
      <a className={buttonClass("secondary")} href={`/api/export/dashboard?format=xlsx${q}`} download>
        {t("Xuất Excel", "Export Excel")}
      </a>
      <a className={buttonClass("secondary")} href={`/api/export/dashboard?format=csv${q}`} download>
        {t("Xuất CSV", "Export CSV")}
      </a>
      <a className={buttonClass("ghost")} href={`/lanh-dao/bao-cao/in?${query}`}>
        {t("Bản in / PDF", "Print / PDF")}
      </a>
    </div>
  );
}
