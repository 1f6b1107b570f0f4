import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";

// Another role's page (forbidden() in lib/auth/session.ts): status 403, in the visitor's language. The
// root layout already provides the <main> landmark.
export default async function Forbidden() {
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div className="mx-auto max-w-2xl py-4">
      <h1 className="text-2xl font-bold">
        {t("Bạn không có quyền xem trang này", "You are not allowed to see this page")}
      </h1>
      <p className="mt-3">
        {t(
          "Trang này dành cho vai trò khác trong quy trình khuyến công. Nếu bạn cần quyền này, hãy liên hệ quản trị viên của Sở Công Thương.",
          "This page belongs to another role in the industrial-extension workflow. If you need access, contact the administrator of the Department of Industry and Trade.",
        )}
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href="/sau-dang-nhap"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white"
        >
          {t("Về trang của tôi", "Go to my pages")}
        </Link>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-semibold"
        >
          {t("Về trang chủ", "Back to the home page")}
        </Link>
      </div>
    </div>
  );
}
