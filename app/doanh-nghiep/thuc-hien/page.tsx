import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getMyImplementation } from "@/lib/implementation/board-queries";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { DueList } from "@/components/implementation/due-list";
import { BoardTable } from "@/components/implementation/board-tables";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.thucHien.page")("projectImplementation") };
}

export default async function MyImplementationPage() {
  const actor = await requireActor("funding.report");
  const { board, due } = await getMyImplementation(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.doanhNghiep.thucHien.page");
  return (
    <>
      <PageHeader title={t("implementingSupportedProjects")} subtitle={t("reportProgressMonthlyBeforeThe")} />
      <section aria-labelledby="due" className="mb-6">
        <h2 id="due" className="mb-2 text-lg font-semibold">
          {t("toDo")}
        </h2>
        <DueList items={due} hrefBase="/doanh-nghiep/thuc-hien" locale={locale} />
      </section>
      <BoardTable rows={board} hrefBase="/doanh-nghiep/thuc-hien" locale={locale} />
    </>
  );
}
