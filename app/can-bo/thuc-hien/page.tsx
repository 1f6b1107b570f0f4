import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { getLocale } from "@/lib/i18n/locale";
import { DUE_SHOWN, getImplementationBoard } from "@/lib/implementation/board-queries";
import { Card, PageHeader } from "@/components/ui/card";
import { DueList } from "@/components/implementation/due-list";
import { BoardTable, ResultsSummary, TotalsTable } from "@/components/implementation/board-tables";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Thực hiện và quyết toán" : "Implementation and settlement" };
}

export default async function ImplementationBoardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const sp = await searchParams;
  const after = typeof sp.sau === "string" ? sp.sau : null;
  const { board, next, due, totals, results } = await getImplementationBoard(actor, { after });
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
        <DueList items={urgent.slice(0, DUE_SHOWN)} hrefBase="/can-bo/thuc-hien" locale={locale} />
        {urgent.length > DUE_SHOWN && (
          <p className="mt-1 text-sm text-amber-800">
            {t(
              `Hiện ${DUE_SHOWN} việc gấp nhất trong ${urgent.length}; mở từng đề án để xử lý, danh sách tự rút ngắn.`,
              `Showing the ${DUE_SHOWN} most urgent of ${urgent.length}; the list shortens as they are handled.`,
            )}
          </p>
        )}
        {later.length > 0 && (
          <details className="mt-2">
            <summary className="cursor-pointer text-sm text-brand-700">
              {t("Các hạn sắp tới", "Upcoming deadlines")} ({later.length})
            </summary>
            <DueList items={later.slice(0, DUE_SHOWN)} hrefBase="/can-bo/thuc-hien" locale={locale} />
          </details>
        )}
      </section>
      <section aria-labelledby="list" className="mb-6">
        <h2 id="list" className="mb-2 text-lg font-semibold">
          {t("Đề án từ phê duyệt đến quyết toán", "Projects from approval to settlement")}
        </h2>
        <BoardTable rows={board} hrefBase="/can-bo/thuc-hien" locale={locale} />
        <p className="mt-2 flex gap-4 text-sm">
          {after && (
            <Link className="text-brand-700 underline" href={routes.staff.implementationList}>
              {t("← Trang đầu", "← First page")}
            </Link>
          )}
          {next && (
            <Link className="text-brand-700 underline" href={`${routes.staff.implementationList}?sau=${next}`}>
              {t("Xem thêm", "Show more")}
            </Link>
          )}
        </p>
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
