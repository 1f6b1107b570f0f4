import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { getLocale } from "@/lib/i18n/locale";
import { getImplementationBoard } from "@/lib/implementation/board-queries";
import { Card, PageHeader } from "@/components/ui/card";
import { DueList } from "@/components/implementation/due-list";
import { BoardTable, ResultsSummary, TotalsTable } from "@/components/implementation/board-tables";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Thực hiện và quyết toán" : "Implementation and settlement" };
}

export default async function ImplementationBoardPage() {
  const actor = await requireActor();
  const { board, due, totals, results } = await getImplementationBoard(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const urgent = due.filter((d) => d.status !== "UPCOMING");
  const later = due.filter((d) => d.status === "UPCOMING");
  return (
    <>
      <PageHeader
        title={t("Thực hiện và quyết toán", "Implementation and settlement")}
        subtitle={t(
          "Hợp đồng, tạm ứng, báo cáo tiến độ, nghiệm thu và quyết toán các đề án đã được phê duyệt.",
          "Contracts, advances, progress reports, acceptance and settlement of approved projects.",
        )}
      />
      <p className="mb-4">
        <Link className="text-brand-700 underline" href={routes.staff.reportCompleteness}>
          {t("Tỷ lệ báo cáo tiến độ nộp đủ và đúng hạn", "Progress reports received and on time")}
        </Link>
      </p>
      <section aria-labelledby="due" className="mb-6">
        <h2 id="due" className="mb-2 text-lg font-semibold">
          {t("Việc đến hạn và quá hạn", "Due and overdue")}
        </h2>
        <DueList items={urgent} hrefBase="/can-bo/thuc-hien" locale={locale} />
        {later.length > 0 && (
          <details className="mt-2">
            <summary className="cursor-pointer text-sm text-brand-700">
              {t("Các hạn sắp tới", "Upcoming deadlines")} ({later.length})
            </summary>
            <DueList items={later} hrefBase="/can-bo/thuc-hien" locale={locale} />
          </details>
        )}
      </section>
      <section aria-labelledby="list" className="mb-6">
        <h2 id="list" className="mb-2 text-lg font-semibold">
          {t("Đề án từ phê duyệt đến quyết toán", "Projects from approval to settlement")}
        </h2>
        <BoardTable rows={board} hrefBase="/can-bo/thuc-hien" locale={locale} />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("Kinh phí theo kế hoạch, nguồn, năm, tỉnh", "Funds by plan, fund, year and province")}>
          <TotalsTable rows={totals} locale={locale} />
        </Card>
        <Card title={t("Kết quả từ nghiệm thu", "Results from acceptance")}>
          <ResultsSummary rows={results} locale={locale} />
        </Card>
      </div>
    </>
  );
}
