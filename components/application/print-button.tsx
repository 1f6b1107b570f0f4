"use client";

import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";

export function PrintButton({ locale }: { locale: Locale }) {
  return (
    <Button type="button" variant="secondary" className="no-print" onClick={() => window.print()}>
      {locale === "vi" ? "In biên nhận" : "Print receipt"}
    </Button>
  );
}
