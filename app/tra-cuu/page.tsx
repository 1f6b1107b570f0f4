import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { LookupForm } from "@/components/application/lookup-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.traCuu.page")("dossierLookup") };
}

async function LookupPage({ searchParams }: { searchParams: Promise<{ ma?: string }> }) {
  const { ma } = await searchParams;
  const locale = await getLocale();
  const t = translator(locale, "app.traCuu.page");
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("dossierStatusLookUp")} subtitle={t("enterTheDossierCodeTo")} />
      <LookupForm defaultCode={typeof ma === "string" ? ma.slice(0, 40) : ""} locale={locale} />
    </div>
  );
}

export default withMessages(LookupPage, ["components.application.lookupForm", "components.timeline.statusTimeline"]);
