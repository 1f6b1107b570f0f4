import type { Locale } from "@/lib/i18n/locale";
import { REGISTER, type ErasureTreatment } from "@/lib/privacy/register";

const TREATMENT: Record<ErasureTreatment, { vi: string; en: string }> = {
  DELETE: { vi: "Xóa", en: "Deleted" },
  PSEUDONYMISE: { vi: "Thay bằng mã ẩn danh", en: "Pseudonymised" },
  RETAIN: { vi: "Giữ theo luật", en: "Kept as the law requires" },
};

/** The register of personal data (lib/privacy/register.ts) as a table: what, why, legal ground, retention, erasure. */
export function RegisterView({ locale, showTables = false }: { locale: Locale; showTables?: boolean }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("Danh mục dữ liệu cá nhân", "Register of personal data")}</caption>
        <thead>
          <tr className="bg-slate-50">
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("Loại", "Kind")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("Dữ liệu", "Data")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("Mục đích", "Purpose")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("Căn cứ", "Legal ground")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("Thời hạn lưu", "Retention")}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t("Khi xóa", "On erasure")}
            </th>
          </tr>
        </thead>
        <tbody>
          {REGISTER.map((e) => (
            <tr key={e.key}>
              <th scope="row" className="border border-slate-300 px-2 py-1 align-top">
                {t(e.title.vi, e.title.en)}
                {showTables && (
                  <span className="mt-1 block text-xs font-normal text-slate-600">{e.where.join(", ")}</span>
                )}
              </th>
              <td className="border border-slate-300 px-2 py-1 align-top">{t(e.data.vi, e.data.en)}</td>
              <td className="border border-slate-300 px-2 py-1 align-top">{t(e.purpose.vi, e.purpose.en)}</td>
              <td className="border border-slate-300 px-2 py-1 align-top">{t(e.basis.vi, e.basis.en)}</td>
              <td className="border border-slate-300 px-2 py-1 align-top">{t(e.retention.vi, e.retention.en)}</td>
              <td className="border border-slate-300 px-2 py-1 align-top">
                {t(TREATMENT[e.erasure].vi, TREATMENT[e.erasure].en)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
