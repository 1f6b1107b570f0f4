import { getActor } from "@/lib/auth/session";
import { getDecisionDocument } from "@/lib/decisions/queries";
import { renderDecisionPdf } from "@/lib/documents/decision-pdf";
import { NotFoundError } from "@/lib/errors";

// "Tải PDF" of a decision or notice (issue 16): the same scope as its HTML page (a record the user may not
// see answers 404), then the PDF in Decree 30's layout, signed with the agency's certificate.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Vui lòng đăng nhập.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { id } = await params;
  try {
    const doc = await getDecisionDocument(actor, id);
    const pdf = await renderDecisionPdf(doc);
    const name = `${doc.number.replace(/[^\w.-]+/g, "-")}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="${name}"`, "cache-control": "private, no-store" },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return new Response("Không tìm thấy văn bản.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
