import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { AUTHORITY_HOURS, BREACH_STEPS, BREACH_STEP_LABEL, listBreaches } from "@/lib/privacy/breaches";
import { markBreachStepAction, recordBreachAction } from "@/lib/privacy/actions";
import { PrivacyNav } from "@/components/privacy/privacy-nav";
import { BreachForm, BreachStepForm } from "@/components/privacy/request-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.duLieuCaNhan.suCo.page")("personalDataBreachRegister2") };
}

async function Page() {
  const actor = await requireActor("personalData.manage");
  const locale = await getLocale();
  const t = translator(locale, "app.quanTri.duLieuCaNhan.suCo.page");
  const rows = await listBreaches(actor);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("personalDataBreachRegister")}</h1>
      <p className="mt-2 text-slate-700">{t("stepsOnDiscovery1Contain", { AUTHORITY_HOURS })}</p>
      <PrivacyNav locale={locale} current={routes.admin.personalDataBreaches} />
      <h2 className="mt-6 text-lg font-bold">{t("recordANewBreach")}</h2>
      <BreachForm action={recordBreachAction} locale={locale} />
      <h2 className="mt-6 text-lg font-bold">{t("recordedBreaches")}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("noBreachRecorded")}</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {rows.map((b) => (
            <li key={b.id} className="rounded-md border border-slate-200 p-4">
              <p className="font-semibold">
                {b.code} · {t("detected")} {formatDateTime(b.detectedAt)} · {b.subjectsAffected.toLocaleString("vi-VN")}{" "}
                {t("people")} · {b.severity === "HIGH" ? t("highRisk") : t("lowRisk")}
              </p>
              <p className="mt-1 whitespace-pre-line">{b.description}</p>
              <p className="mt-1 text-sm text-slate-700">{b.dataKinds.join(", ")}</p>
              <ul className="mt-2 space-y-2 text-sm">
                {BREACH_STEPS.map((s) => (
                  <li key={s} className="flex flex-wrap items-center gap-2">
                    <span>{BREACH_STEP_LABEL[s][locale]}:</span>
                    {b[s] ? (
                      <strong>{formatDateTime(b[s])}</strong>
                    ) : (
                      <BreachStepForm id={b.id} step={s} label={t("recordNow")} action={markBreachStepAction} />
                    )}
                    {s === "authorityNotifiedAt" && (
                      <span className={b.authorityLate ? "font-semibold text-red-700" : "text-slate-600"}>
                        ({t("due")} {formatDateTime(b.authorityDue)}
                        {b.authorityLate ? t("late") : ""})
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

export default withMessages(Page, ["components.privacy.requestForms"]);
