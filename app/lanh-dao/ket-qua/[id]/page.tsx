import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getEntryOptions, getResultEntry } from "@/lib/results/queries";
import { updateResultEntryAction } from "@/lib/results/actions";
import { Card, PageHeader } from "@/components/ui/card";
import { SpecForm } from "@/components/results/spec-form";
import { resultEntryFields } from "@/components/results/fields";

export const metadata: Metadata = { title: "Sửa kết quả" };

export default async function EditResultPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("results.enter");
  const { id } = await params;
  const found = await getResultEntry(actor, id).catch((e: unknown) => { if (e instanceof NotFoundError) return null; throw e; });
  if (!found) notFound();
  const back = <Link href="/lanh-dao/ket-qua" className="text-brand-700 underline">← Danh sách</Link>;
  if (found.entry.status === "APPROVED") {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title="Kết quả đã khóa" actions={back} />
        <Card>
          <p data-testid="locked">Kết quả “{found.entry.indicatorName}: {found.entry.display}” đã được {found.entry.approvedBy} duyệt nên không thể sửa hoặc xóa.</p>
        </Card>
      </div>
    );
  }
  const options = await getEntryOptions(actor);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Sửa kết quả (chờ duyệt)" actions={back} />
      <SpecForm action={updateResultEntryAction} fields={[{ name: "id", label: "", type: "hidden" }, ...resultEntryFields(options)]} values={{ ...found.values, id }} submitLabel="Lưu thay đổi" testId="result-form" />
    </div>
  );
}
