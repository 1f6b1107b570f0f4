import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { loadImplementationOr404 } from "@/lib/implementation/load";
import { ContractDocument } from "@/components/funding/contract-document";
import { PrintButton } from "@/components/implementation/print-button";

export const metadata: Metadata = { title: "Hợp đồng hỗ trợ" };

export default async function ContractPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const d = await loadImplementationOr404(actor, id);
  if (!d.contract) notFound();
  return (
    <>
      <div className="no-print mb-4 flex gap-3"><Link href={`/can-bo/thuc-hien/${id}`} className="text-brand-700 underline">← Quay lại đề án</Link><PrintButton /></div>
      <ContractDocument d={d} />
    </>
  );
}
