import { issuedReceiptPdf } from "@/lib/documents/issued-kinds";
import { pdfResponse } from "@/lib/documents/pdf-response";

// "Tải PDF" of the submission receipt (issue 16): signed and registered at the first download, then served as issued;
// the đề án's scope decides (another establishment or province: 404).
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const p = await params;
  return pdfResponse((actor) => issuedReceiptPdf(actor, p.id));
}
