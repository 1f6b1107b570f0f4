import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getImplementationBoard } from "@/lib/implementation/board-queries";
import { Card, PageHeader } from "@/components/ui/card";
import { DueList } from "@/components/implementation/due-list";
import { BoardTable, ResultsSummary, TotalsTable } from "@/components/implementation/board-tables";

export const metadata: Metadata = { title: "Thực hiện và quyết toán" };

export default async function ImplementationBoardPage() {
  const actor = await requireActor();
  const { board, due, totals, results } = await getImplementationBoard(actor);
  const urgent = due.filter((d) => d.status !== "UPCOMING");
  const later = due.filter((d) => d.status === "UPCOMING");
  return (
    <>
      <PageHeader title="Thực hiện và quyết toán" subtitle="Hợp đồng, tạm ứng, báo cáo tiến độ, nghiệm thu và quyết toán các đề án đã được phê duyệt." />
      <section aria-labelledby="due" className="mb-6">
        <h2 id="due" className="mb-2 text-lg font-semibold">Việc đến hạn và quá hạn</h2>
        <DueList items={urgent} hrefBase="/can-bo/thuc-hien" />
        {later.length > 0 && (
          <details className="mt-2"><summary className="cursor-pointer text-sm text-brand-700">Các hạn sắp tới ({later.length})</summary><DueList items={later} hrefBase="/can-bo/thuc-hien" /></details>
        )}
      </section>
      <section aria-labelledby="list" className="mb-6">
        <h2 id="list" className="mb-2 text-lg font-semibold">Đề án từ phê duyệt đến quyết toán</h2>
        <BoardTable rows={board} hrefBase="/can-bo/thuc-hien" />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Kinh phí theo kế hoạch, nguồn, năm, tỉnh"><TotalsTable rows={totals} /></Card>
        <Card title="Kết quả từ nghiệm thu"><ResultsSummary rows={results} /></Card>
      </div>
    </>
  );
}
