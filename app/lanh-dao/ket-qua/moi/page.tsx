import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getEntryOptions } from "@/lib/results/queries";
import { createResultEntryAction } from "@/lib/results/actions";
import { PageHeader } from "@/components/ui/card";
import { SpecForm } from "@/components/results/spec-form";
import { resultEntryFields } from "@/components/results/fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Nhập kết quả" : "Enter a result" };
}

export default async function NewResultPage() {
  const actor = await requireActor("results.enter");
  const options = await getEntryOptions(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const year = String(new Date().getFullYear());
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("Nhập kết quả ngoài đề án", "Enter a result outside projects")}
        subtitle={t(
          "Kết quả được lưu ở trạng thái chờ duyệt; chỉ tính trên bảng điều khiển sau khi lãnh đạo duyệt.",
          "The result is saved awaiting approval; it counts on the dashboard only once leadership approves it.",
        )}
        actions={
          <Link href="/lanh-dao/ket-qua" className="text-brand-700 underline">
            {t("← Danh sách", "← List")}
          </Link>
        }
      />
      <SpecForm
        action={createResultEntryAction}
        fields={resultEntryFields(options, locale)}
        values={{ period: Number(year) > 2025 ? "2026-2030" : "2021-2025", year }}
        submitLabel={t("Lưu kết quả", "Save result")}
        testId="result-form"
        locale={locale}
      />
    </div>
  );
}
