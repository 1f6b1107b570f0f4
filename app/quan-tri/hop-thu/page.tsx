import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale, type Text } from "@/lib/i18n/locale";
import { listOutbox } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/dates";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ResendForm } from "@/components/messages/resend-form";
import { Deliveries, isDeliveryStatus } from "./deliveries";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.hopThu.page")("outbox") };
}

const STATUS = {
  PENDING: [{ vi: "Chờ gửi", en: "Waiting" }, "info"],
  SENT: [{ vi: "Đã gửi", en: "Sent" }, "success"],
  FAILED: [{ vi: "Gửi lỗi", en: "Failed" }, "danger"],
  STORED: [{ vi: "Lưu tại hộp thư (chưa cấu hình SMTP)", en: "Kept in the outbox (SMTP not configured)" }, "warning"],
} as const satisfies Record<OutboxStatus, readonly [Text, string]>;

/** Mail the portal sent or, without SMTP_URL, kept here for an administrator to read and forward. */
async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string; tin?: string }> }) {
  const actor = await requireActor("outbox.view");
  const sp = await searchParams;
  const status = sp.status && sp.status in STATUS ? (sp.status as OutboxStatus) : undefined;
  const { rows, counts } = await listOutbox(actor, status);
  const locale = await getLocale();
  const t = translator(locale, "app.quanTri.hopThu.page");
  return (
    <>
      <PageHeader title={t("outbox")} subtitle={t("notificationEMailsToEnterprises")} />
      <nav aria-label={t("filterByStatus")} className="mb-4 flex flex-wrap gap-2 text-sm">
        <a href="?" className="underline">
          {t("all")}
        </a>
        {(Object.keys(STATUS) as OutboxStatus[]).map((s) => (
          <a key={s} href={`?status=${s}`} className="underline">
            {STATUS[s][0][locale]} ({counts[s] ?? 0})
          </a>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={t("theOutboxIsEmpty")} hint={t("mailAppearsWhenADossier")} />
      ) : (
        <ul className="space-y-3" data-testid="outbox">
          {rows.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS[m.status][1]}>{STATUS[m.status][0][locale]}</Badge>
                <span className="text-sm text-slate-600">
                  {formatDateTime(m.createdAt)} · {t("to")} {m.to}
                </span>
                {(m.status === "STORED" || m.status === "FAILED") && (
                  <span className="ml-auto">
                    <ResendForm id={m.id} locale={locale} />
                  </span>
                )}
              </div>
              <p className="mt-2 font-semibold">{m.subject}</p>
              <details className="mt-1">
                <summary className="cursor-pointer text-sm text-brand-700">{t("messageBody")}</summary>
                <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{m.text}</pre>
              </details>
              {m.error && (
                <p className="mt-1 text-sm text-red-700">
                  {t("error")} {m.error}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Deliveries actor={actor} locale={locale} status={isDeliveryStatus(sp.tin) ? sp.tin : undefined} />
    </>
  );
}

export default withMessages(OutboxPage, ["app.quanTri.hopThu.retryForm", "components.messages.resendForm"]);
