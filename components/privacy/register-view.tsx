import type { Locale } from "@/lib/i18n/locale";
import { REGISTER, type ErasureTreatment } from "@/lib/privacy/register";
import { translator } from "@/lib/i18n/messages";

const TREATMENT: Record<ErasureTreatment, { vi: string; en: string }> = {
  DELETE: { vi: "Xóa", en: "Deleted" },
  PSEUDONYMISE: { vi: "Thay bằng mã ẩn danh", en: "Pseudonymised" },
  RETAIN: { vi: "Giữ theo luật", en: "Kept as the law requires" },
};

/** The register of personal data (lib/privacy/register.ts) as a table: what, why, legal ground, retention, erasure. */
export function RegisterView({ locale, showTables = false }: { locale: Locale; showTables?: boolean }) {
  const t = translator(locale, "components.privacy.registerView");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("registerOfPersonalData")}</caption>
        <thead>
          <tr className="bg-slate-50">
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("kind")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("data")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("purpose")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("legalGround")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("retention")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("onErasure")}
            </th>
          </tr>
        </thead>
        <tbody>
          {REGISTER.map((e) => (
            <tr key={e.key}>
              <th scope="row" className="border border-slate-300 px-2 py-1 align-top">
                {e.title[locale]}
                {showTables && (
                  <span className="mt-1 block text-xs font-normal text-slate-600">{e.where.join(", ")}</span>
                )}
              </th>
              <td className="border border-slate-300 px-2 py-1 align-top">{e.data[locale]}</td>
              <td className="border border-slate-300 px-2 py-1 align-top">{e.purpose[locale]}</td>
              <td className="border border-slate-300 px-2 py-1 align-top">{e.basis[locale]}</td>
              <td className="border border-slate-300 px-2 py-1 align-top">{e.retention[locale]}</td>
              <td className="border border-slate-300 px-2 py-1 align-top">{TREATMENT[e.erasure][locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
