import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listResultEntries } from "@/lib/results/queries";
import { approveResultEntryAction, deleteResultEntryAction } from "@/lib/results/actions";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { EntryTable } from "@/components/results/entry-table";

export const metadata: Metadata = { title: "Kết quả ngoài đề án" };

const BASE = "/lanh-dao/ket-qua";

export default async function ResultsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const canEdit = can(actor.role, "results.enter");
  const canApprove = can(actor.role, "results.approve");
  if (!canEdit && !canApprove) notFound();
  const params = await searchParams;
  const rows = await listResultEntries(actor);
  const drafts = rows.filter((r) => r.status === "DRAFT");
  const approved = rows.filter((r) => r.status === "APPROVED");
  return (
    <>
      <PageHeader
        title="Kết quả ngoài đề án"
        subtitle="Tin bài, hội nghị, tập huấn… do chuyên viên nhập kèm minh chứng; lãnh đạo duyệt thì kết quả được tính và bị khóa."
        actions={
          <div className="flex flex-wrap gap-2">
            {canEdit && <LinkButton href={`${BASE}/moi`}>Nhập kết quả</LinkButton>}
            <LinkButton variant="secondary" href={`${BASE}/muc-tieu`}>Mục tiêu giai đoạn</LinkButton>
          </div>
        }
      />
      {params.luu === "moi" && <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">Đã lưu kết quả. Kết quả chờ lãnh đạo duyệt trước khi được tính trên bảng điều khiển.</p>}
      <Card title={`Chờ duyệt (${drafts.length})`} className="mb-6">
        {drafts.length ? <EntryTable rows={drafts} canEdit={canEdit} canApprove={canApprove} approve={approveResultEntryAction} remove={deleteResultEntryAction} base={BASE} />
          : <EmptyState title="Không có kết quả nào chờ duyệt" hint={canEdit ? "Bấm “Nhập kết quả” để ghi nhận công việc ngoài đề án kèm minh chứng." : "Chuyên viên nhập kết quả; khi có bản ghi mới, bản ghi hiện ở đây để duyệt."} />}
      </Card>
      <Card title={`Đã duyệt (${approved.length})`}>
        {approved.length ? <EntryTable rows={approved} canEdit={false} canApprove={false} approve={approveResultEntryAction} remove={deleteResultEntryAction} base={BASE} />
          : <EmptyState title="Chưa có kết quả nào được duyệt" />}
        <p className="mt-2 text-xs text-slate-500">Kết quả từ đề án được ghi tự động khi nghiệm thu; xem trên <Link className="underline" href="/lanh-dao/bang-dieu-khien">bảng điều khiển</Link>.</p>
      </Card>
    </>
  );
}
