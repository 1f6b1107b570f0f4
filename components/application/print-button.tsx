"use client";

import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

export function PrintButton({ locale }: { locale: Locale }) {
  const t = useTranslations("components.application.printButton");
  return (
    <Button type="button" variant="secondary" className="no-print" onClick={() => window.print()}>
      {t("printReceipt")}
    </Button>
  );
}
