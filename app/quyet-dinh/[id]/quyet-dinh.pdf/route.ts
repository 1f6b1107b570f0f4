import { issuedDecisionPdf } from "@/lib/documents/issued";
import { pdfResponse } from "@/lib/documents/pdf-response";

// "Tải PDF" of a decision or notice (issue 16): the same scope as its HTML page (a record the user may not
// see answers 404); the file is signed and registered once (lib/documents/issued.ts) and served as issued.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return pdfResponse((actor) => issuedDecisionPdf(actor, id));
}
