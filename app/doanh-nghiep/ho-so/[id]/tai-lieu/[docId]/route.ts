import { getActor } from "@/lib/auth/session";
import { getDocumentContent } from "@/lib/applications/queries";
import { NotFoundError } from "@/lib/errors";

// Attachments are served as downloads with the type sniffed at upload, never rendered inline.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; docId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Vui lòng đăng nhập.", { status: 401 });
  const { docId } = await params;
  try {
    const doc = await getDocumentContent(actor, docId);
    return new Response(Uint8Array.from(doc.content), {
      headers: {
        "Content-Type": doc.mimeType,
        "Content-Disposition": `attachment; filename="tai-lieu"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return new Response("Không tìm thấy tài liệu.", { status: 404 });
    throw e;
  }
}
