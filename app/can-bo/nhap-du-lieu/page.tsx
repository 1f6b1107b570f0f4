import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { importWorkbookAction } from "@/lib/import/actions";
import { Card, PageHeader } from "@/components/ui/card";
import { ImportForm } from "@/components/import/import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Nhập dữ liệu từ Excel" : "Excel import" };
}

export default async function ImportPage() {
  await requireActor("data.import");
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title={t("Nhập dữ liệu từ Excel", "Import data from Excel")}
        subtitle={t(
          "Cơ sở công nghiệp nông thôn và đề án khuyến công đã thực hiện trước khi có cổng.",
          "Rural industrial establishments and industrial extension projects carried out before the portal existed.",
        )}
      />
      <Card title={t("1. Tải tệp mẫu", "1. Download the template")} className="mb-6">
        <p className="mb-3 text-sm text-slate-700">
          {t(
            "Tệp mẫu có sheet Cơ sở, sheet Đề án, hướng dẫn và danh mục mã xã/phường, nội dung, ngành nghề của tỉnh.",
            "The template has a sheet for establishments (Cơ sở), a sheet for projects (Đề án), instructions and the province's code lists of communes/wards, activities and industries. The template itself is in Vietnamese.",
          )}
        </p>
        <a
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100"
          href="/api/import/template"
          download
        >
          {t("Tải tệp mẫu (.xlsx)", "Download the template (.xlsx)")}
        </a>
      </Card>
      <Card title={t("2. Tải lên tệp đã điền", "2. Upload the completed file")}>
        <p className="mb-3 text-sm text-slate-700">
          {t(
            "Cổng kiểm tra toàn bộ tệp trước. Chỉ khi mọi dòng hợp lệ, dữ liệu mới được ghi (một lần, toàn bộ) và được ghi nhật ký.",
            "The portal checks the whole file first. Only when every row is valid is the data written (all at once) and recorded in the audit log.",
          )}
        </p>
        <ImportForm action={importWorkbookAction} locale={locale} />
      </Card>
    </div>
  );
}
