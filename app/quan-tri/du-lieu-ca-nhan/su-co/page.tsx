import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { AUTHORITY_HOURS, BREACH_STEPS, BREACH_STEP_LABEL, listBreaches } from "@/lib/privacy/breaches";
import { markBreachStepAction, recordBreachAction } from "@/lib/privacy/actions";
import { PrivacyNav } from "@/components/privacy/privacy-nav";
import { BreachForm, BreachStepForm } from "@/components/privacy/request-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Sổ sự cố dữ liệu cá nhân" : "Personal-data breach register" };
}

export default async function Page() {
  const actor = await requireActor("personalData.manage");
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const rows = await listBreaches(actor);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("Sổ sự cố, vi phạm dữ liệu cá nhân", "Personal-data breach register")}</h1>
      <p className="mt-2 text-slate-700">
        {t(
          `Các bước khi phát hiện: (1) ngăn chặn, khắc phục; (2) thông báo cơ quan chuyên trách bảo vệ dữ liệu cá nhân (Bộ Công an) trong ${AUTHORITY_HOURS} giờ kể từ khi phát hiện; (3) thông báo người bị ảnh hưởng khi rủi ro cao. Mỗi bước được ghi thời điểm và nhật ký.`,
          `Steps on discovery: (1) contain and remedy; (2) notify the specialised personal-data protection agency (Ministry of Public Security) within ${AUTHORITY_HOURS} hours of detection; (3) tell the people affected where the risk is high. Each step is time-stamped and audited.`,
        )}
      </p>
      <PrivacyNav locale={locale} current={routes.admin.personalDataBreaches} />
      <h2 className="mt-6 text-lg font-bold">{t("Ghi sự cố mới", "Record a new breach")}</h2>
      <BreachForm action={recordBreachAction} locale={locale} />
      <h2 className="mt-6 text-lg font-bold">{t("Sự cố đã ghi", "Recorded breaches")}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("Chưa có sự cố nào được ghi.", "No breach recorded.")}</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {rows.map((b) => (
            <li key={b.id} className="rounded-md border border-slate-200 p-4">
              <p className="font-semibold">
                {b.code} · {t("phát hiện", "detected")} {formatDateTime(b.detectedAt)} ·{" "}
                {b.subjectsAffected.toLocaleString("vi-VN")} {t("người", "people")} ·{" "}
                {b.severity === "HIGH" ? t("rủi ro cao", "high risk") : t("rủi ro thấp", "low risk")}
              </p>
              <p className="mt-1 whitespace-pre-line">{b.description}</p>
              <p className="mt-1 text-sm text-slate-700">{b.dataKinds.join(", ")}</p>
              <ul className="mt-2 space-y-2 text-sm">
                {BREACH_STEPS.map((s) => (
                  <li key={s} className="flex flex-wrap items-center gap-2">
                    <span>{t(BREACH_STEP_LABEL[s].vi, BREACH_STEP_LABEL[s].en)}:</span>
                    {b[s] ? (
                      <strong>{formatDateTime(b[s])}</strong>
                    ) : (
                      <BreachStepForm
                        id={b.id}
                        step={s}
                        label={t("Ghi nhận bây giờ", "Record now")}
                        action={markBreachStepAction}
                      />
                    )}
                    {s === "authorityNotifiedAt" && (
                      <span className={b.authorityLate ? "font-semibold text-red-700" : "text-slate-600"}>
                        ({t("hạn", "due")} {formatDateTime(b.authorityDue)}
                        {b.authorityLate ? t(" — trễ hạn", " — late") : ""})
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
