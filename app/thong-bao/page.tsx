import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { listMyNotifications } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/dates";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { MarkReadForm } from "@/components/messages/mark-read-form";

export const metadata: Metadata = { title: "Thông báo" };

export default async function NotificationsPage() {
  const actor = await requireActor();
  const items = await listMyNotifications(actor);
  const unread = items.filter((i) => !i.readAt).length;
  return (
    <>
      <PageHeader title="Thông báo" subtitle={unread ? `${unread} thông báo chưa đọc` : "Không có thông báo chưa đọc"} actions={unread > 0 ? <MarkReadForm /> : undefined} />
      {items.length === 0 ? <EmptyState title="Chưa có thông báo nào." hint="Thông báo về hồ sơ (tiếp nhận, yêu cầu bổ sung, quyết định) sẽ hiện ở đây và được gửi qua thư điện tử." /> : (
        <ul className="space-y-2" data-testid="notifications">
          {items.map((n) => (
            <li key={n.id} className={`rounded-lg border p-3 ${n.readAt ? "border-slate-200 bg-white" : "border-brand-600 bg-brand-50"}`}>
              <p className="font-semibold">{n.link ? <Link href={n.link} className="underline">{n.title}</Link> : n.title}</p>
              <p className="whitespace-pre-line text-sm">{n.body}</p>
              <p className="text-xs text-slate-600">{formatDateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
