import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { loadImplementationOr404 } from "@/lib/implementation/load";
import { AcceptanceMinutes } from "@/components/implementation/acceptance-minutes";
import { PrintButton } from "@/components/implementation/print-button";

export const metadata: Metadata = { title: "Biên bản nghiệm thu" };

export default async function MinutesPrintPage({ params }: { params: Promise<{ id: string; acceptanceId: string }> }) {
  const actor = await requireActor();
  const { id, acceptanceId } = await params;
  const d = await loadImplementationOr404(actor, id);
  const a = d.acceptances.find((x) => x.id === acceptanceId);
  if (!a) notFound();
  return (
    <>
      <div className="no-print mb-4 flex gap-3"><Link href={`/can-bo/thuc-hien/${id}`} className="text-brand-700 underline">← Quay lại đề án</Link><PrintButton /></div>
      <AcceptanceMinutes d={d} a={a} />
    </>
  );
}
