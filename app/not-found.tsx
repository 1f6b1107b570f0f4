import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";

// Also what a record one may not see looks like: exactly like one that does not exist.
export default async function NotFound() {
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div className="mx-auto max-w-2xl py-4">
      <h1 className="text-2xl font-bold">{t("Không tìm thấy trang", "Page not found")}</h1>
      <p className="mt-3">
        {t(
          "Trang hoặc hồ sơ bạn tìm không tồn tại, hoặc bạn không có quyền xem. Hãy kiểm tra lại đường dẫn hoặc mã hồ sơ.",
          "The page or dossier you are looking for does not exist, or you are not allowed to see it. Check the address or the dossier code.",
        )}
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white"
        >
          {t("Về trang chủ", "Back to the home page")}
        </Link>
        <Link
          href="/tra-cuu"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-semibold"
        >
          {t("Tra cứu hồ sơ", "Dossier lookup")}
        </Link>
      </div>
    </div>
  );
}
