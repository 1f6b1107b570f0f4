import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";
import { openActivitiesCached } from "@/lib/public-data/cached";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { translator } from "@/lib/i18n/messages";

export default async function HomePage() {
  const locale = await getLocale();
  const vi = locale === "vi";
  const t = translator(locale, "app.page");
  const activities = await openActivitiesCached();
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-800 p-6 text-white sm:p-10">
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("industrialExtensionForRuralIndustry")}</h1>
        <p className="mt-3 max-w-2xl text-brand-100">{t("ruralIndustrialEstablishmentsSmesCooperatives")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <LinkButton href="/dang-ky" variant="secondary">
            {t("registerAnEstablishment")}
          </LinkButton>
          <LinkButton href="/dang-nhap" variant="secondary">
            {t("signIn")}
          </LinkButton>
          <LinkButton href="/tra-cuu" variant="secondary">
            {t("lookUpADossier")}
          </LinkButton>
        </div>
      </section>
      <Card title={t("openCalls")}>
        <p className="mb-3 text-sm text-slate-600">{t("activityContentsUnderTheRules")}</p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {activities.map((a) => (
            <li key={a.code} className="rounded-md border border-slate-200 p-3">
              <span className="font-semibold">{vi ? a.name : (a.nameEn ?? a.name)}</span>
              <span className="block text-xs text-slate-600">
                {t("content", { contentNo: a.contentNo, article: a.article })}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <div className="grid gap-4 sm:grid-cols-3">
        <Card title={t("applyOnline")}>
          <p className="text-sm">{t("registerCheckEligibilityApplyWith")}</p>
        </Card>
        <Card title={t("trackProgress")}>
          <p className="text-sm">
            <Link className="underline" href="/tra-cuu">
              {t("lookUpByDossierCode")}
            </Link>
            {t("noSignInNeeded")}
          </p>
        </Card>
        <Card title={t("transparency")}>
          <p className="text-sm">
            <Link className="underline" href="/cong-khai">
              {t("approvedProjectsAndResults")}
            </Link>
          </p>
        </Card>
      </div>
    </div>
  );
}
