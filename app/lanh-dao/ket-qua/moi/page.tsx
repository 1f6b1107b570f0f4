import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getEntryOptions } from "@/lib/results/queries";
import { createResultEntryAction } from "@/lib/results/actions";
import { PageHeader } from "@/components/ui/card";
import { SpecForm } from "@/components/results/spec-form";
import { resultEntryFields } from "@/components/results/fields";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.ketQua.moi.page")("enterAResult") };
}

export default async function NewResultPage() {
  const actor = await requireActor("results.enter");
  const options = await getEntryOptions(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.ketQua.moi.page");
  const year = String(new Date().getFullYear());
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("enterAResultOutsideProjects")}
        subtitle={t("theResultIsSavedAwaiting")}
        actions={
          <Link href="/lanh-dao/ket-qua" className="text-brand-700 underline">
            {t("list")}
          </Link>
        }
      />
      <SpecForm
        action={createResultEntryAction}
        fields={resultEntryFields(options, locale)}
        values={{ period: Number(year) > 2025 ? "2026-2030" : "2021-2025", year }}
        submitLabel={t("saveResult")}
        testId="result-form"
        locale={locale}
      />
    </div>
  );
}
