import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/dates";
import { getPreferences } from "@/lib/notifications/preferences";
import { PageHeader } from "@/components/ui/card";
import { PreferencesForm, RemoveSubscription, SubscriptionForm } from "./forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Cài đặt thông báo" : "Notification settings" };
}

/** The applicant's channels (e-mail, SMS, Zalo), consent, and alerts about new calls for proposals. */
export default async function NotificationSettingsPage() {
  const actor = await requireActor("proposal.viewOwn");
  const p = await getPreferences(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const consentText = t(
    `Tôi đồng ý nhận thông báo về hồ sơ và các đợt nhận đề án qua SMS/Zalo tới số ${p.phone ?? "(chưa có)"}, và đồng ý để Sở Công Thương dùng số điện thoại này cho mục đích đó (Nghị định 13/2023/NĐ-CP; phiên bản ${p.currentConsentVersion}). Có thể rút lại bất cứ lúc nào.`,
    `I agree to receive notices about my dossiers and calls for proposals by SMS/Zalo at ${p.phone ?? "(none)"}, and to the use of this number for that purpose (Decree 13/2023/ND-CP; version ${p.currentConsentVersion}). I can withdraw at any time.`,
  );
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("Cài đặt thông báo", "Notification settings")}
        subtitle={t(
          "Chọn kênh nhận tin; tắt kênh nào thì tin tiếp theo không gửi qua kênh đó nữa.",
          "Choose your channels; turning one off stops the next message on it.",
        )}
      />
      <section aria-labelledby="channels">
        <h2 id="channels" className="sr-only">
          {t("Kênh nhận tin", "Channels")}
        </h2>
        <PreferencesForm
          locale={locale}
          channels={p.channels}
          consent={Boolean(p.consentAt)}
          consentText={consentText}
          days={p.closingReminderDays}
          hasPhone={Boolean(p.phone)}
        />
        {p.consentAt && (
          <p className="mt-2 text-sm text-slate-600">
            {t("Đã đồng ý lúc", "Consent given at")} {formatDateTime(p.consentAt)} ({t("phiên bản", "version")}{" "}
            {p.consentVersion})
          </p>
        )}
      </section>
      <section aria-labelledby="subs" className="space-y-3">
        <h2 id="subs" className="text-lg font-semibold">
          {t("Nhận tin đợt nhận đề án mới", "Alerts about new calls for proposals")}
        </h2>
        {p.subscriptions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("Chưa đăng ký.", "No subscriptions.")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="subscriptions">
            {p.subscriptions.map((s) => (
              <li key={s.id}>
                {[
                  p.activities.find((a) => a.code === s.activityCode)?.name ?? t("mọi nội dung", "any content"),
                  s.industry ?? t("mọi ngành nghề", "any industry"),
                  s.commune ?? t("mọi địa bàn", "any commune"),
                ].join(" · ")}{" "}
                <RemoveSubscription id={s.id} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <SubscriptionForm locale={locale} activities={p.activities} />
      </section>
    </div>
  );
}
