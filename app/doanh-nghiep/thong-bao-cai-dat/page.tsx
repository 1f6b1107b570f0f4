import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/dates";
import { getPreferences } from "@/lib/notifications/preferences";
import { PageHeader } from "@/components/ui/card";
import { PreferencesForm, RemoveSubscription, SubscriptionForm } from "./forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.thongBaoCaiDat.page")("notificationSettings") };
}

/** The applicant's channels (e-mail, SMS, Zalo), consent, and alerts about new calls for proposals. */
async function NotificationSettingsPage() {
  const actor = await requireActor("proposal.viewOwn");
  const p = await getPreferences(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.doanhNghiep.thongBaoCaiDat.page");
  const consentText = t("iAgreeToReceiveNotices", {
    phone: p.phone ?? "none",
    currentConsentVersion: p.currentConsentVersion,
  });
  return (
    <div className="space-y-8">
      <PageHeader title={t("notificationSettings")} subtitle={t("chooseYourChannelsTurningOne")} />
      <section aria-labelledby="channels">
        <h2 id="channels" className="sr-only">
          {t("channels")}
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
            {t("consentGivenAt")} {formatDateTime(p.consentAt)} ({t("version")} {p.consentVersion})
          </p>
        )}
      </section>
      <section aria-labelledby="subs" className="space-y-3">
        <h2 id="subs" className="text-lg font-semibold">
          {t("alertsAboutNewCallsFor")}
        </h2>
        {p.subscriptions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSubscriptions")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="subscriptions">
            {p.subscriptions.map((s) => (
              <li key={s.id}>
                {[
                  p.activities.find((a) => a.code === s.activityCode)?.name ?? t("anyContent"),
                  s.industry ?? t("anyIndustry"),
                  s.commune ?? t("anyCommune"),
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

export default withMessages(NotificationSettingsPage, ["app.doanhNghiep.thongBaoCaiDat.forms"]);
