import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getProposalDetail } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { env } from "@/lib/env";
import { LinkButton } from "@/components/ui/button";
import { Receipt } from "@/components/application/receipt";
import { PrintButton } from "@/components/application/print-button";

export const metadata: Metadata = { title: "Biên nhận hồ sơ (nộp hộ)" };

export default async function AssistedReceiptPage({ params }: { params: Promise<{ establishmentId: string; id: string }> }) {
  const actor = await requireActor("proposal.fileAssisted");
  const { establishmentId, id } = await params;
  const d = await orNotFound(getProposalDetail(actor, id));
  if (!d.code) notFound();
  return (
    <div>
      <p role="status" className="no-print mb-4 rounded-md bg-green-50 p-3 text-green-900">Đã nộp hồ sơ thay cơ sở. Mã hồ sơ: <b>{d.code}</b> — in và giao biên nhận cho cơ sở.</p>
      <div className="no-print mb-4 flex flex-wrap gap-2">
        <PrintButton />
        <LinkButton href={`/can-bo/dang-ky-ho/${establishmentId}/ho-so/${d.id}`} variant="secondary">Xem hồ sơ</LinkButton>
      </div>
      <Receipt d={d} lookupUrl={`${env().APP_URL}/tra-cuu`} />
    </div>
  );
}
