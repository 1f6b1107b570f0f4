import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

// Also what a record one may not see looks like: exactly like one that does not exist.
export default async function NotFound() {
  const locale = await getLocale();
  const t = translator(locale, "app.notFound");
  return (
    <div className="mx-auto max-w-2xl py-4">
      <h1 className="text-2xl font-bold">{t("pageNotFound")}</h1>
      <p className="mt-3">{t("thePageOrDossierYou")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white"
        >
          {t("backToTheHomePage")}
        </Link>
        <Link
          href="/tra-cuu"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-semibold"
        >
          {t("dossierLookup")}
        </Link>
      </div>
    </div>
  );
}
