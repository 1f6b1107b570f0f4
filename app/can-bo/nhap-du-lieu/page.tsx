import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { importWorkbookAction } from "@/lib/import/actions";
import { Card, PageHeader } from "@/components/ui/card";
import { ImportForm } from "@/components/import/import-form";

export const metadata: Metadata = { title: "Nhập dữ liệu từ Excel" };

export default async function ImportPage() {
  await requireActor("data.import");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title="Nhập dữ liệu từ Excel" subtitle="Cơ sở công nghiệp nông thôn và đề án khuyến công đã thực hiện trước khi có cổng." />
      <Card title="1. Tải tệp mẫu" className="mb-6">
        <p className="mb-3 text-sm text-slate-700">Tệp mẫu có sheet Cơ sở, sheet Đề án, hướng dẫn và danh mục mã xã/phường, nội dung, ngành nghề của tỉnh.</p>
        <a className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100" href="/api/import/template" download>Tải tệp mẫu (.xlsx)</a>
      </Card>
      <Card title="2. Tải lên tệp đã điền">
        <p className="mb-3 text-sm text-slate-700">Cổng kiểm tra toàn bộ tệp trước. Chỉ khi mọi dòng hợp lệ, dữ liệu mới được ghi (một lần, toàn bộ) và được ghi nhật ký.</p>
        <ImportForm action={importWorkbookAction} />
      </Card>
    </div>
  );
}
