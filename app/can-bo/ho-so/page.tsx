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

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("proposal.viewAgency");
  // Staff open the queue on the dossiers waiting for their intake (issue 13.7).
  const f = parseQueueFilters(await searchParams, actor.role === "STAFF" ? "cho-tiep-nhan" : "tat-ca");
  const [queue, options] = await Promise.all([listQueue(actor, f), getQueueOptions(actor)]);
  const bulk = can(actor.role, "proposal.assign");
  const intake = f.xem === "cho-tiep-nhan";
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader
        title={intake ? t("Hồ sơ chờ tiếp nhận", "Dossiers waiting for intake") : t("Hồ sơ đề án", "Proposal dossiers")}
        subtitle={
          intake
            ? locale === "vi"
              ? `${queue.total} hồ sơ chờ tiếp nhận · hạn tiếp nhận gần nhất trước`
              : `${queue.total} dossiers waiting for intake · nearest intake deadline first`
            : locale === "vi"
              ? `${queue.total} hồ sơ phù hợp bộ lọc · sắp xếp theo ngày nộp, cũ nhất trước`
              : `${queue.total} dossiers match the filters · sorted by submission date, oldest first`
        }
      />
      <nav aria-label={t("Chế độ xem", "View")} className="mb-3 flex flex-wrap gap-2 text-sm">
        <Link
          href="?xem=cho-tiep-nhan"
          aria-current={intake ? "page" : undefined}
          className={`rounded-full border px-3 py-2 ${intake ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
        >
          {t("Chờ tiếp nhận", "Waiting for intake")}
        </Link>
        <Link
          href="?xem=tat-ca"
          aria-current={!intake ? "page" : undefined}
          className={`rounded-full border px-3 py-2 ${!intake ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
        >
          {t("Tất cả hồ sơ", "All dossiers")}
        </Link>
      </nav>
      <QueueFilterBar f={f} {...options} locale={locale} />
      {bulk && queue.rows.length > 0 && <BulkForm appraisers={options.appraisers} locale={locale} />}
      {queue.rows.length === 0 ? (
        <EmptyState
          title={
            intake
              ? t("Không có hồ sơ nào chờ tiếp nhận.", "No dossier is waiting for intake.")
              : t("Không có hồ sơ nào phù hợp.", "No dossiers match.")
          }
          hint={t(
            "Thử bỏ bớt điều kiện lọc, hoặc tìm theo tên cơ sở, mã hồ sơ, không cần gõ dấu.",
            "Try removing some filters, or search by establishment name or dossier code; diacritics are optional.",
          )}
        />
      ) : (
        <QueueTable rows={queue.rows} selectable={bulk} locale={locale} />
      )}
      {queue.pages > 1 && (
        <nav aria-label={t("Phân trang", "Pagination")} className="mt-4 flex gap-3 text-sm">
          {queue.page > 1 && (
            <Link className="underline" href={filtersToQuery({ ...f, page: queue.page - 1 }) || "?"}>
              ← {t("Trang trước", "Previous page")}
            </Link>
          )}
          <span>
            {t("Trang", "Page")} {queue.page}/{queue.pages}
          </span>
          {queue.page < queue.pages && (
            <Link className="underline" href={filtersToQuery({ ...f, page: queue.page + 1 })}>
              {t("Trang sau", "Next page")} →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
