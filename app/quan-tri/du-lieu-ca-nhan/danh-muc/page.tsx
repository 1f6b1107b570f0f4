import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { REQUEST_DEADLINE_WORKING_DAYS } from "@/lib/privacy/register";
import { PrivacyNav } from "@/components/privacy/privacy-nav";
import { RegisterView } from "@/components/privacy/register-view";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.duLieuCaNhan.danhMuc.page")("registerOfPersonalData") };
}

export default async function Page() {
  await requireActor("personalData.manage");
  const locale = await getLocale();
  const t = translator(locale, "app.quanTri.duLieuCaNhan.danhMuc.page");
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("registerOfThePersonalData")}</h1>
      <p className="mt-2 text-slate-700">{t("underLaw912025Qh15", { REQUEST_DEADLINE_WORKING_DAYS })}</p>
      <PrivacyNav locale={locale} current={routes.admin.personalDataRegister} />
      <div className="mt-4">
        <RegisterView locale={locale} showTables />
      </div>
    </main>
  );
}
