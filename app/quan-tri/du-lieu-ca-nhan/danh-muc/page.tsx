import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { REQUEST_DEADLINE_WORKING_DAYS } from "@/lib/privacy/register";
import { PrivacyNav } from "@/components/privacy/privacy-nav";
import { RegisterView } from "@/components/privacy/register-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Danh mục dữ liệu cá nhân" : "Register of personal data" };
}

export default async function Page() {
  await requireActor("personalData.manage");
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold">
        {t("Danh mục dữ liệu cá nhân cổng đang lưu", "Register of the personal data the portal holds")}
      </h1>
      <p className="mt-2 text-slate-700">
        {t(
          `Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (hiệu lực 01/01/2026). Mỗi dòng là một phần của bản xuất dữ liệu cho chủ thể. Yêu cầu của chủ thể được trả lời trong ${REQUEST_DEADLINE_WORKING_DAYS} ngày làm việc (thiết lập của Sở; đối chiếu với nghị định hướng dẫn trước khi vận hành).`,
          `Under Law 91/2025/QH15 on personal-data protection (in force 01/01/2026). Each row is a section of the export a person receives. Requests are answered within ${REQUEST_DEADLINE_WORKING_DAYS} working days (the department's setting; check against the guiding decree before go-live).`,
        )}
      </p>
      <PrivacyNav locale={locale} current={routes.admin.personalDataRegister} />
      <div className="mt-4">
        <RegisterView locale={locale} showTables />
      </div>
    </main>
  );
}
