import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listMyNotifications } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/dates";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { MarkReadForm } from "@/components/messages/mark-read-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Thông báo" : "Notifications" };
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const items = await listMyNotifications(actor);
  const unread = items.filter((i) => !i.readAt).length;
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader
        title={t("Thông báo", "Notifications")}
        subtitle={
          unread
            ? `${unread} ${t("thông báo chưa đọc", "unread notifications")}`
            : t("Không có thông báo chưa đọc", "No unread notifications")
        }
        actions={unread > 0 ? <MarkReadForm locale={locale} /> : undefined}
      />
      {actor.role === "ENTERPRISE" && (
        <p className="mb-4 text-sm">
          <a href="/doanh-nghiep/thong-bao-cai-dat" className="underline">
            {t("Cài đặt nhận thông báo qua SMS, Zalo, e-mail", "Notification settings: SMS, Zalo, e-mail")}
          </a>
        </p>
      )}
      {items.length === 0 ? (
        <EmptyState
          title={t("Chưa có thông báo nào.", "No notifications yet.")}
          hint={t(
            "Thông báo về hồ sơ (tiếp nhận, yêu cầu bổ sung, quyết định) sẽ hiện ở đây và được gửi qua thư điện tử.",
            "Notifications about dossiers (intake, supplement requests, decisions) appear here and are also sent by e-mail.",
          )}
        />
      ) : (
        <ul className="space-y-2" data-testid="notifications">
          {items.map((n) => (
            <li
              key={n.id}
              className={`rounded-lg border p-3 ${n.readAt ? "border-slate-200 bg-white" : "border-brand-600 bg-brand-50"}`}
            >
              <p className="font-semibold">
                {n.link ? (
                  <Link href={n.link} className="underline">
                    {n.title}
                  </Link>
                ) : (
                  n.title
                )}
              </p>
              <p className="whitespace-pre-line text-sm">{n.body}</p>
              <p className="text-xs text-slate-600">{formatDateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
