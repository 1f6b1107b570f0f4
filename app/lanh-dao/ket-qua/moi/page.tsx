import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getEntryOptions } from "@/lib/results/queries";
import { createResultEntryAction } from "@/lib/results/actions";
import { PageHeader } from "@/components/ui/card";
import { SpecForm } from "@/components/results/spec-form";
import { resultEntryFields } from "@/components/results/fields";

export const metadata: Metadata = { title: "Nhập kết quả" };

export default async function NewResultPage() {
  const actor = await requireActor("results.enter");
  const options = await getEntryOptions(actor);
  const year = String(new Date().getFullYear());
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Nhập kết quả ngoài đề án" subtitle="Kết quả được lưu ở trạng thái chờ duyệt; chỉ tính trên bảng điều khiển sau khi lãnh đạo duyệt."
        actions={<Link href="/lanh-dao/ket-qua" className="text-brand-700 underline">← Danh sách</Link>} />
      <SpecForm action={createResultEntryAction} fields={resultEntryFields(options)} values={{ period: Number(year) > 2025 ? "2026-2030" : "2021-2025", year }} submitLabel="Lưu kết quả" testId="result-form" />
    </div>
  );
}
