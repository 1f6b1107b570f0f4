import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listOutbox } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/dates";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ResendForm } from "@/components/messages/resend-form";

export const metadata: Metadata = { title: "Hộp thư đi" };

const STATUS = {
  PENDING: ["Chờ gửi", "info"], SENT: ["Đã gửi", "success"], FAILED: ["Gửi lỗi", "danger"], STORED: ["Lưu tại hộp thư (chưa cấu hình SMTP)", "warning"],
} as const satisfies Record<OutboxStatus, readonly [string, string]>;

/** Mail the portal sent or, without SMTP_URL, kept here for an administrator to read and forward. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await requireActor("outbox.view");
  const sp = await searchParams;
  const status = sp.status && sp.status in STATUS ? (sp.status as OutboxStatus) : undefined;
  const { rows, counts } = await listOutbox(actor, status);
  return (
    <>
      <PageHeader title="Hộp thư đi" subtitle="Thư thông báo gửi doanh nghiệp và cán bộ. Khi chưa cấu hình SMTP_URL, thư được lưu tại đây." />
      <nav aria-label="Lọc theo trạng thái" className="mb-4 flex flex-wrap gap-2 text-sm">
        <a href="?" className="underline">Tất cả</a>
        {(Object.keys(STATUS) as OutboxStatus[]).map((s) => <a key={s} href={`?status=${s}`} className="underline">{STATUS[s][0]} ({counts[s] ?? 0})</a>)}
      </nav>
      {rows.length === 0 ? <EmptyState title="Hộp thư trống." hint="Thư sẽ xuất hiện khi hồ sơ được nộp, trả lại, quyết định hoặc kế hoạch được phê duyệt." /> : (
        <ul className="space-y-3" data-testid="outbox">
          {rows.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS[m.status][1]}>{STATUS[m.status][0]}</Badge>
                <span className="text-sm text-slate-600">{formatDateTime(m.createdAt)} · tới {m.to}</span>
                {(m.status === "STORED" || m.status === "FAILED") && <span className="ml-auto"><ResendForm id={m.id} /></span>}
              </div>
              <p className="mt-2 font-semibold">{m.subject}</p>
              <details className="mt-1"><summary className="cursor-pointer text-sm text-brand-700">Nội dung thư</summary><pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{m.text}</pre></details>
              {m.error && <p className="mt-1 text-sm text-red-700">Lỗi: {m.error}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
