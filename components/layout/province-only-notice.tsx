import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";

/** A province's own register opened by an account without a province (the ministry): say where to look instead. */
export function ProvinceOnlyNotice({ locale }: { locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <section className="rounded-md border border-slate-300 bg-white p-6">
      <h1 className="text-xl font-semibold">
        {t("Trang dành cho Sở Công Thương tỉnh", "A page for a province's department")}
      </h1>
      <p className="mt-2 text-slate-700">
        {t(
          "Danh mục này do từng tỉnh ghi nhận. Bộ Công Thương xem số liệu của các tỉnh trên bảng điều khiển.",
          "Each province keeps this register. The Ministry reads the provinces' figures on the dashboard.",
        )}
      </p>
      <Link href="/lanh-dao/bang-dieu-khien" className="mt-4 inline-block text-brand-700 underline">
        {t("Mở bảng điều khiển", "Open the dashboard")}
      </Link>
    </section>
  );
}
