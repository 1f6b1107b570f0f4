import { getActor } from "@/lib/auth/session";
import { issuedDecisionPdf } from "@/lib/documents/issued";
import { NotFoundError } from "@/lib/errors";

// "Tải PDF" of a decision or notice (issue 16): the same scope as its HTML page (a record the user may not
// see answers 404); the file is signed and registered once (lib/documents/issued.ts) and served as issued.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Vui lòng đăng nhập.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { id } = await params;
  try {
    const { bytes, fileName } = await issuedDecisionPdf(actor, id);
    return new Response(new Uint8Array(bytes), {
      headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="${fileName}"`, "cache-control": "private, no-store" },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return new Response("Không tìm thấy văn bản.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
