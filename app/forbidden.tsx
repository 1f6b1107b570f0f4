import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

// Another role's page (forbidden() in lib/auth/session.ts): status 403, in the visitor's language. The
// root layout already provides the <main> landmark.
export default async function Forbidden() {
  const locale = await getLocale();
  const t = translator(locale, "app.forbidden");
  return (
    <div className="mx-auto max-w-2xl py-4">
      <h1 className="text-2xl font-bold">{t("youAreNotAllowedTo")}</h1>
      <p className="mt-3">{t("thisPageBelongsToAnother")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href="/sau-dang-nhap"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white"
        >
          {t("goToMyPages")}
        </Link>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-semibold"
        >
          {t("backToTheHomePage")}
        </Link>
      </div>
    </div>
  );
}
