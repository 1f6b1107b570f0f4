import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { LookupForm } from "@/components/application/lookup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Tra cứu hồ sơ" : "Dossier lookup" };
}

export default async function LookupPage({ searchParams }: { searchParams: Promise<{ ma?: string }> }) {
  const { ma } = await searchParams;
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader
        title={t("Tra cứu tình trạng hồ sơ", "Dossier status look-up")}
        subtitle={t(
          "Nhập mã hồ sơ để biết tình trạng xử lý. Không cần đăng nhập; chỉ hiển thị tình trạng và ngày tháng.",
          "Enter the dossier code to see its processing status. No sign-in needed; only the status and dates are shown.",
        )}
      />
      <LookupForm defaultCode={typeof ma === "string" ? ma.slice(0, 40) : ""} locale={locale} />
    </div>
  );
}
