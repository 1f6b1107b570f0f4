import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { isExpectedError } from "@/lib/errors";
import { exportPersonalDataFull } from "@/lib/privacy/export";
import { routes } from "@/lib/routes";
import { ExportView } from "@/components/privacy/export-view";
import { PrintButton } from "@/components/privacy/print-button";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.duLieuCaNhan.id.page")("allDataHeldOnThe") };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("personalData.manage");
  const { id } = await params;
  const locale = await getLocale();
  const t = translator(locale, "app.quanTri.duLieuCaNhan.id.page");
  const data = await exportPersonalDataFull(actor, id).catch((e: unknown) => {
    if (isExpectedError(e)) notFound();
    throw e;
  });
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-6">
      <p className="print:hidden">
        <Link className="text-brand-700 underline" href={routes.admin.personalData}>
          ← {t("personalData")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("allPersonalDataHeldOn")}</h1>
      <p className="mt-2 flex flex-wrap gap-4 print:hidden">
        <Link className="text-brand-700 underline" href={routes.admin.personalDataJson(id)} prefetch={false}>
          {t("downloadMachineReadableJson")}
        </Link>
        <PrintButton label={t("printSaveAsPdf")} />
      </p>
      <div className="mt-4">
        <ExportView data={data} locale={locale} />
      </div>
    </main>
  );
}
