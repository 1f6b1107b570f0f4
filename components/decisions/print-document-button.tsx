"use client";

import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";

export function PrintDocumentButton({ locale }: { locale: Locale }) {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      {locale === "vi" ? "In / Lưu PDF" : "Print / Save PDF"}
    </Button>
  );
}
