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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Kết quả ngoài đề án" : "Results outside projects" };
}

const BASE = "/lanh-dao/ket-qua";

export default async function ResultsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const n = (x: number) => x.toLocaleString(locale === "vi" ? "vi-VN" : "en-US");
  return (
    <>
      <PageHeader
        title={t("Kết quả ngoài đề án", "Results outside projects")}
        subtitle={t(
          "Tin bài, hội nghị, tập huấn… do chuyên viên nhập kèm minh chứng; lãnh đạo duyệt thì kết quả được tính và bị khóa.",
          "News items, conferences, training… entered by staff with evidence; once approved by leadership a result counts and is locked.",
        )}
        actions={
          <div className="flex flex-wrap gap-2">
            {canEdit && <LinkButton href={`${BASE}/moi`}>{t("Nhập kết quả", "Enter a result")}</LinkButton>}
            <LinkButton variant="secondary" href={`${BASE}/muc-tieu`}>
              {t("Mục tiêu giai đoạn", "Period targets")}
            </LinkButton>
          </div>
        }
      />
      {params.luu === "moi" && (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t(
            "Đã lưu kết quả. Kết quả chờ lãnh đạo duyệt trước khi được tính trên bảng điều khiển.",
            "Result saved. It awaits approval by leadership before it counts on the dashboard.",
          )}
        </p>
      )}
      <Card title={`${t("Chờ duyệt", "Awaiting approval")} (${n(draftPage.total)})`} className="mb-6">
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
            title={t("Không có kết quả nào chờ duyệt", "No results awaiting approval")}
            hint={
              canEdit
                ? t(
                    "Bấm “Nhập kết quả” để ghi nhận công việc ngoài đề án kèm minh chứng.",
                    "Click “Enter a result” to record work outside projects, with evidence.",
                  )
                : t(
                    "Chuyên viên nhập kết quả; khi có bản ghi mới, bản ghi hiện ở đây để duyệt.",
                    "Staff enter results; new entries appear here for approval.",
                  )
            }
          />
        )}
      </Card>
      <Card title={`${t("Đã duyệt", "Approved")} (${n(approvedPage.total)})`}>
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
          <EmptyState title={t("Chưa có kết quả nào được duyệt", "No approved results yet")} />
        )}
        {(after || approvedPage.next) && (
          <nav
            aria-label={t("Phân trang", "Pagination")}
            className="mt-3 flex flex-wrap gap-4 text-sm"
            data-testid="results-pager"
          >
            {after && (
              <Link className="text-brand-700 underline" href={BASE}>
                {t("← Về trang đầu", "← First page")}
              </Link>
            )}
            {approvedPage.next && (
              <Link className="font-semibold text-brand-700 underline" href={`${BASE}?sau=${approvedPage.next}`}>
                {t("Xem thêm →", "Load more →")}
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
