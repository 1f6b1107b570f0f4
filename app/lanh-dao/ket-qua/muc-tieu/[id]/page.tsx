import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getEntryOptions, getTargetValues } from "@/lib/results/queries";
import { updateTargetAction } from "@/lib/results/actions";
import { PageHeader } from "@/components/ui/card";
import { SpecForm } from "@/components/results/spec-form";
import { targetFields } from "@/components/results/fields";

export const metadata: Metadata = { title: "Sửa mục tiêu" };

export default async function EditTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("targets.manage");
  const { id } = await params;
  const values = await getTargetValues(actor, id).catch((e: unknown) => { if (e instanceof NotFoundError) return null; throw e; });
  if (!values) notFound();
  const options = await getEntryOptions(actor);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Sửa mục tiêu" actions={<Link href={`/lanh-dao/ket-qua/muc-tieu?ky=${values.period}`} className="text-brand-700 underline">← Mục tiêu</Link>} />
      <SpecForm action={updateTargetAction} fields={[{ name: "id", label: "", type: "hidden" }, ...targetFields(options)]} values={{ ...values, id }} submitLabel="Lưu mục tiêu" testId="target-form" />
    </div>
  );
}
