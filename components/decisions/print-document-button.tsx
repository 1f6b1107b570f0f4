"use client";

import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

export function PrintDocumentButton({ locale }: { locale: Locale }) {
  const t = useTranslations("components.decisions.printDocumentButton");
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      {t("printSavePdf")}
    </Button>
  );
}
