import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { importWorkbookAction } from "@/lib/import/actions";
import { Card, PageHeader } from "@/components/ui/card";
import { ImportForm } from "@/components/import/import-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.nhapDuLieu.page")("excelImport") };
}

async function ImportPage() {
  await requireActor("data.import");
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.nhapDuLieu.page");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("importDataFromExcel")} subtitle={t("ruralIndustrialEstablishmentsAndIndustrial")} />
      <Card title={t("n1DownloadTheTemplate")} className="mb-6">
        <p className="mb-3 text-sm text-slate-700">{t("theTemplateHasASheet")}</p>
        <a
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100"
          href="/api/import/template"
          download
        >
          {t("downloadTheTemplateXlsx")}
        </a>
      </Card>
      <Card title={t("n2UploadTheCompletedFile")}>
        <p className="mb-3 text-sm text-slate-700">{t("thePortalChecksTheWhole")}</p>
        <ImportForm action={importWorkbookAction} locale={locale} />
      </Card>
    </div>
  );
}

export default withMessages(ImportPage, ["components.import.importForm"]);
