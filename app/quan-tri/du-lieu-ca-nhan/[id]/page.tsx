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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Toàn bộ dữ liệu về cơ sở" : "All data held on the establishment" };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("personalData.manage");
  const { id } = await params;
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const data = await exportPersonalDataFull(actor, id).catch((e: unknown) => {
    if (isExpectedError(e)) notFound();
    throw e;
  });
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-6">
      <p className="print:hidden">
        <Link className="text-brand-700 underline" href={routes.admin.personalData}>
          ← {t("Dữ liệu cá nhân", "Personal data")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        {t("Toàn bộ dữ liệu cá nhân về cơ sở", "All personal data held on the establishment")}
      </h1>
      <p className="mt-2 flex flex-wrap gap-4 print:hidden">
        <Link className="text-brand-700 underline" href={routes.admin.personalDataJson(id)} prefetch={false}>
          {t("Tải bản máy đọc (JSON)", "Download machine-readable (JSON)")}
        </Link>
        <PrintButton label={t("In / lưu PDF", "Print / save as PDF")} />
      </p>
      <div className="mt-4">
        <ExportView data={data} locale={locale} />
      </div>
    </main>
  );
}
