import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listQueue } from "@/lib/appraisal/queue";
import { filtersToQuery, parseQueueFilters } from "@/lib/appraisal/queue-filters";
import { getQueueOptions } from "@/lib/appraisal/queue-options";
import { PageHeader, EmptyState } from "@/components/ui/card";
import { QueueFilterBar } from "@/components/appraisal/queue-filter-bar";
import { QueueTable } from "@/components/appraisal/queue-table";
import { BulkForm } from "@/components/appraisal/bulk-form";

export const metadata: Metadata = { title: "Tiếp nhận và thẩm định hồ sơ" };

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("proposal.viewAgency");
  const f = parseQueueFilters(await searchParams);
  const [queue, options] = await Promise.all([listQueue(actor, f), getQueueOptions(actor)]);
  const bulk = can(actor.role, "proposal.assign");
  return (
    <>
      <PageHeader title="Hồ sơ đề án" subtitle={`${queue.total} hồ sơ phù hợp bộ lọc · sắp xếp theo ngày nộp, cũ nhất trước`} />
      <QueueFilterBar f={f} {...options} />
      {bulk && queue.rows.length > 0 && <BulkForm appraisers={options.appraisers} />}
      {queue.rows.length === 0 ? (
        <EmptyState title="Không có hồ sơ nào phù hợp." hint="Thử bỏ bớt điều kiện lọc, hoặc tìm theo tên cơ sở, mã hồ sơ, không cần gõ dấu." />
      ) : (
        <QueueTable rows={queue.rows} selectable={bulk} />
      )}
      {queue.pages > 1 && (
        <nav aria-label="Phân trang" className="mt-4 flex gap-3 text-sm">
          {queue.page > 1 && <Link className="underline" href={filtersToQuery({ ...f, page: queue.page - 1 }) || "?"}>← Trang trước</Link>}
          <span>Trang {queue.page}/{queue.pages}</span>
          {queue.page < queue.pages && <Link className="underline" href={filtersToQuery({ ...f, page: queue.page + 1 })}>Trang sau →</Link>}
        </nav>
      )}
    </>
  );
}
