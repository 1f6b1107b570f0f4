import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { LookupForm } from "@/components/application/lookup-form";

export const metadata: Metadata = { title: "Tra cứu hồ sơ" };

export default async function LookupPage({ searchParams }: { searchParams: Promise<{ ma?: string }> }) {
  const { ma } = await searchParams;
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title="Tra cứu tình trạng hồ sơ" subtitle="Nhập mã hồ sơ để biết tình trạng xử lý. Không cần đăng nhập; chỉ hiển thị tình trạng và ngày tháng." />
      <LookupForm defaultCode={typeof ma === "string" ? ma.slice(0, 40) : ""} />
    </div>
  );
}
