import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { pageResultEntries } from "@/lib/results/queries";
import { approveResultEntryAction, deleteResultEntryAction, reopenResultAction } from "@/lib/results/actions";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { EntryTable } from "@/components/results/entry-table";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.ketQua.page")("resultsOutsideProjects") };
}

const BASE = "/lanh-dao/ket-qua";

async function ResultsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const canEdit = can(actor.role, "results.enter");
  const canApprove = can(actor.role, "results.approve");
  if (!canEdit && !canApprove) notFound();
  const params = await searchParams;
  // Drafts awaiting approval, and the approved ones a page at a time ("Xem thêm", keyset: lib/results/queries.ts).
  const after = typeof params.sau === "string" ? params.sau : undefined;
  const [draftPage, approvedPage] = await Promise.all([
    pageResultEntries(actor, { status: "DRAFT", pageSize: 100 }),
    pageResultEntries(actor, { status: "APPROVED", after }),
  ]);
  const drafts = draftPage.rows;
  const approved = approvedPage.rows;
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.ketQua.page");
  const n = (x: number) => x.toLocaleString(t("enUs"));
  return (
    <>
      <PageHeader
        title={t("resultsOutsideProjects")}
        subtitle={t("newsItemsConferencesTrainingEntered")}
        actions={
          <div className="flex flex-wrap gap-2">
            {canEdit && <LinkButton href={`${BASE}/moi`}>{t("enterAResult")}</LinkButton>}
            <LinkButton variant="secondary" href={`${BASE}/muc-tieu`}>
              {t("periodTargets")}
            </LinkButton>
          </div>
        }
      />
      {params.luu === "moi" && (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t("resultSavedItAwaitsApproval")}
        </p>
      )}
      <Card title={`${t("awaitingApproval")} (${n(draftPage.total)})`} className="mb-6">
        {drafts.length ? (
          <EntryTable
            rows={drafts}
            canEdit={canEdit}
            canApprove={canApprove}
            approve={approveResultEntryAction}
            remove={deleteResultEntryAction}
            base={BASE}
            locale={locale}
          />
        ) : (
          <EmptyState
            title={t("noResultsAwaitingApproval")}
            hint={canEdit ? t("clickEnterAResultTo") : t("staffEnterResultsNewEntries")}
          />
        )}
      </Card>
      <Card title={`${t("approved")} (${n(approvedPage.total)})`}>
        {approved.length ? (
          <EntryTable
            rows={approved}
            canEdit={false}
            canApprove={canApprove}
            approve={approveResultEntryAction}
            remove={deleteResultEntryAction}
            reopen={reopenResultAction}
            base={BASE}
            locale={locale}
          />
        ) : (
          <EmptyState title={t("noApprovedResultsYet")} />
        )}
        {(after || approvedPage.next) && (
          <nav aria-label={t("pagination")} className="mt-3 flex flex-wrap gap-4 text-sm" data-testid="results-pager">
            {after && (
              <Link className="text-brand-700 underline" href={BASE}>
                {t("firstPage")}
              </Link>
            )}
            {approvedPage.next && (
              <Link className="font-semibold text-brand-700 underline" href={`${BASE}?sau=${approvedPage.next}`}>
                {t("loadMore")}
              </Link>
            )}
          </nav>
        )}
        <p className="mt-2 text-xs text-slate-500">
          {locale === "vi" ? (
            <>
              Kết quả từ đề án được ghi tự động khi nghiệm thu; xem trên{" "}
              <Link className="underline" href="/lanh-dao/bang-dieu-khien">
                bảng điều khiển
              </Link>
              .
            </>
          ) : (
            <>
              Project results are recorded automatically at acceptance; see the{" "}
              <Link className="underline" href="/lanh-dao/bang-dieu-khien">
                dashboard
              </Link>
              .
            </>
          )}
        </p>
      </Card>
    </>
  );
}

export default withMessages(ResultsPage, ["components.results.hierarchyForms"]);
