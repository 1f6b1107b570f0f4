import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** A province's own register opened by an account without a province (the ministry): say where to look instead. */
export function ProvinceOnlyNotice({ locale }: { locale: Locale }) {
  const t = translator(locale, "components.layout.provinceOnlyNotice");
  return (
    <section className="rounded-md border border-slate-300 bg-white p-6">
      <h1 className="text-xl font-semibold">{t("aPageForAProvince")}</h1>
      <p className="mt-2 text-slate-700">{t("eachProvinceKeepsThisRegister")}</p>
      <Link href="/lanh-dao/bang-dieu-khien" className="mt-4 inline-block text-brand-700 underline">
        {t("openTheDashboard")}
      </Link>
    </section>
  );
}
