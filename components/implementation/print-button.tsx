"use client";

import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";

export function PrintButton({ locale }: { locale: Locale }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("primary", "no-print")}>
      {locale === "vi" ? "In văn bản" : "Print the document"}
    </button>
  );
}
