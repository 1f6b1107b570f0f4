import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listMyNotifications } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/dates";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { MarkReadForm } from "@/components/messages/mark-read-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.thongBao.page")("notifications") };
}

async function NotificationsPage() {
  const actor = await requireActor();
  const items = await listMyNotifications(actor);
  const unread = items.filter((i) => !i.readAt).length;
  const locale = await getLocale();
  const t = translator(locale, "app.thongBao.page");
  return (
    <>
      <PageHeader
        title={t("notifications")}
        subtitle={unread ? `${unread} ${t("unreadNotifications")}` : t("noUnreadNotifications")}
        actions={unread > 0 ? <MarkReadForm locale={locale} /> : undefined}
      />
      {actor.role === "ENTERPRISE" && (
        <p className="mb-4 text-sm">
          <a href="/doanh-nghiep/thong-bao-cai-dat" className="underline">
            {t("notificationSettingsSmsZaloE")}
          </a>
        </p>
      )}
      {items.length === 0 ? (
        <EmptyState title={t("noNotificationsYet")} hint={t("notificationsAboutDossiersIntakeSupplement")} />
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

export default withMessages(NotificationsPage, ["components.messages.markReadForm"]);
