"use client";

import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/** Opens the browser's print dialog (print to PDF); hidden on paper. */
export function PrintButton({ locale }: { locale: Locale }) {
  const t = useTranslations("components.reports.printButton");
  return (
    <button type="button" className={buttonClass("primary", "no-print")} onClick={() => window.print()}>
      {t("printSavePdf")}
    </button>
  );
}
