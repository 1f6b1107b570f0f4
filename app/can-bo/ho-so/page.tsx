import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { can } from "@/lib/auth/permissions";
import { listQueue } from "@/lib/appraisal/queue";
import { filtersToQuery, parseQueueFilters } from "@/lib/appraisal/queue-filters";
import { getQueueOptions } from "@/lib/appraisal/queue-options";
import { PageHeader, EmptyState } from "@/components/ui/card";
import { QueueFilterBar } from "@/components/appraisal/queue-filter-bar";
import { QueueTable } from "@/components/appraisal/queue-table";
import { BulkForm } from "@/components/appraisal/bulk-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Tiếp nhận và thẩm định hồ sơ" : "Dossier intake and appraisal" };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("proposal.viewAgency");
  const f = parseQueueFilters(await searchParams);
  const [queue, options] = await Promise.all([listQueue(actor, f), getQueueOptions(actor)]);
  const bulk = can(actor.role, "proposal.assign");
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader title={t("Hồ sơ đề án", "Proposal dossiers")} subtitle={locale === "vi" ? `${queue.total} hồ sơ phù hợp bộ lọc · sắp xếp theo ngày nộp, cũ nhất trước` : `${queue.total} dossiers match the filters · sorted by submission date, oldest first`} />
      <QueueFilterBar f={f} {...options} locale={locale} />
      {bulk && queue.rows.length > 0 && <BulkForm appraisers={options.appraisers} locale={locale} />}
      {queue.rows.length === 0 ? (
        <EmptyState title={t("Không có hồ sơ nào phù hợp.", "No dossiers match.")} hint={t("Thử bỏ bớt điều kiện lọc, hoặc tìm theo tên cơ sở, mã hồ sơ, không cần gõ dấu.", "Try removing some filters, or search by establishment name or dossier code; diacritics are optional.")} />
      ) : (
        <QueueTable rows={queue.rows} selectable={bulk} locale={locale} />
      )}
      {queue.pages > 1 && (
        <nav aria-label={t("Phân trang", "Pagination")} className="mt-4 flex gap-3 text-sm">
          {queue.page > 1 && <Link className="underline" href={filtersToQuery({ ...f, page: queue.page - 1 }) || "?"}>← {t("Trang trước", "Previous page")}</Link>}
          <span>{t("Trang", "Page")} {queue.page}/{queue.pages}</span>
          {queue.page < queue.pages && <Link className="underline" href={filtersToQuery({ ...f, page: queue.page + 1 })}>{t("Trang sau", "Next page")} →</Link>}
        </nav>
      )}
    </>
  );
}
