"use client";

import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";

/** Opens the browser's print dialog (print to PDF); hidden on paper. */
export function PrintButton({ locale }: { locale: Locale }) {
  return (
    <button type="button" className={buttonClass("primary", "no-print")} onClick={() => window.print()}>
      {locale === "vi" ? "In / lưu PDF" : "Print / save PDF"}
    </button>
  );
}
