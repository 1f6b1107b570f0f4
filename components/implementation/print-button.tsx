"use client";

import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

export function PrintButton({ locale }: { locale: Locale }) {
  const t = useTranslations("components.implementation.printButton");
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("primary", "no-print")}>
      {t("printTheDocument")}
    </button>
  );
}
