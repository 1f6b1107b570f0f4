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
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.hoSo.page")("dossierIntakeAndAppraisal") };
}

async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("proposal.viewAgency");
  // Staff open the queue on the dossiers waiting for their intake (issue 13.7).
  const f = parseQueueFilters(await searchParams, actor.role === "STAFF" ? "cho-tiep-nhan" : "tat-ca");
  const [queue, options] = await Promise.all([listQueue(actor, f), getQueueOptions(actor)]);
  const bulk = can(actor.role, "proposal.assign");
  const intake = f.xem === "cho-tiep-nhan";
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.hoSo.page");
  return (
    <>
      <PageHeader
        title={intake ? t("dossiersWaitingForIntake") : t("proposalDossiers")}
        subtitle={
          intake
            ? t("dossiersWaitingForIntakeNearest", { total: queue.total })
            : t("dossiersMatchTheFiltersSorted", { total: queue.total })
        }
      />
      <nav aria-label={t("view")} className="mb-3 flex flex-wrap gap-2 text-sm">
        <Link
          href="?xem=cho-tiep-nhan"
          aria-current={intake ? "page" : undefined}
          className={`rounded-full border px-3 py-2 ${intake ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
        >
          {t("waitingForIntake")}
        </Link>
        <Link
          href="?xem=tat-ca"
          aria-current={!intake ? "page" : undefined}
          className={`rounded-full border px-3 py-2 ${!intake ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
        >
          {t("allDossiers")}
        </Link>
      </nav>
      <QueueFilterBar f={f} {...options} locale={locale} />
      {bulk && queue.rows.length > 0 && <BulkForm appraisers={options.appraisers} locale={locale} />}
      {queue.rows.length === 0 ? (
        <EmptyState
          title={intake ? t("noDossierIsWaitingFor") : t("noDossiersMatch")}
          hint={t("tryRemovingSomeFiltersOr")}
        />
      ) : (
        <QueueTable rows={queue.rows} selectable={bulk} locale={locale} />
      )}
      {queue.pages > 1 && (
        <nav aria-label={t("pagination")} className="mt-4 flex gap-3 text-sm">
          {queue.page > 1 && (
            <Link className="underline" href={filtersToQuery({ ...f, page: queue.page - 1 }) || "?"}>
              ← {t("previousPage")}
            </Link>
          )}
          <span>
            {t("page")} {queue.page}/{queue.pages}
          </span>
          {queue.page < queue.pages && (
            <Link className="underline" href={filtersToQuery({ ...f, page: queue.page + 1 })}>
              {t("nextPage")} →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}

export default withMessages(QueuePage, ["components.appraisal.bulkForm"]);
