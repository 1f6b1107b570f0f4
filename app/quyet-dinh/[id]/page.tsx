import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getDecisionDocument } from "@/lib/decisions/queries";
import { DecisionDocument } from "@/components/decisions/decision-document";
import { PrintDocumentButton } from "@/components/decisions/print-document-button";

export const metadata: Metadata = { title: "Văn bản quyết định" };

/** Printable decision (print or "Save as PDF" from the browser); visible to whoever may see the dossier. */
export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const d = await getDecisionDocument(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3 no-print">
        <p className="mr-auto text-sm text-slate-600">Văn bản số {d.number}. Dùng nút In, chọn “Lưu thành PDF” để tải bản PDF.</p>
        <PrintDocumentButton />
      </div>
      <DecisionDocument d={d} />
    </>
  );
}
