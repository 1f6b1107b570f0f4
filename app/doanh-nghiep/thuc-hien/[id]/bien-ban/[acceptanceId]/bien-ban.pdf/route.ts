import { issuedAcceptancePdf } from "@/lib/documents/issued-kinds";
import { pdfResponse } from "@/lib/documents/pdf-response";

// "Tải PDF" of the acceptance minutes (issue 16): signed and registered at the first download, then served as issued;
// the đề án's scope decides (another establishment or province: 404).
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; acceptanceId: string }> }) {
  const p = await params;
  return pdfResponse((actor) => issuedAcceptancePdf(actor, p.id, p.acceptanceId));
}
