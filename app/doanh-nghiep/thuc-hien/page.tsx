import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getMyImplementation } from "@/lib/implementation/board-queries";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { DueList } from "@/components/implementation/due-list";
import { BoardTable } from "@/components/implementation/board-tables";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Thực hiện đề án" : "Project implementation" };
}

export default async function MyImplementationPage() {
  const actor = await requireActor("funding.report");
  const { board, due } = await getMyImplementation(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader
        title={t("Thực hiện đề án được hỗ trợ", "Implementing supported projects")}
        subtitle={t(
          "Báo cáo tiến độ hằng tháng trước ngày 25 và theo dõi kinh phí được cấp.",
          "Report progress monthly before the 25th and follow the funds disbursed.",
        )}
      />
      <section aria-labelledby="due" className="mb-6">
        <h2 id="due" className="mb-2 text-lg font-semibold">
          {t("Việc cần làm", "To do")}
        </h2>
        <DueList items={due} hrefBase="/doanh-nghiep/thuc-hien" locale={locale} />
      </section>
      <BoardTable rows={board} hrefBase="/doanh-nghiep/thuc-hien" locale={locale} />
    </>
  );
}
