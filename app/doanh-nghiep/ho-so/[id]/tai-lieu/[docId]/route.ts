import { getActor } from "@/lib/auth/session";
import { getDocumentContent } from "@/lib/applications/queries";
import { attachmentResponse, fileErrorResponse } from "@/lib/storage/response";

// Authorization first (scope of the dossier), then the bytes stream from the store; never rendered inline.
// A quarantined file answers 403 and a file still waiting for its scan 409, in Vietnamese.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; docId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Vui lòng đăng nhập.", { status: 401 });
  const { docId } = await params;
  try {
    return await attachmentResponse(await getDocumentContent(actor, docId), { inlineImages: false });
  } catch (e) {
    return fileErrorResponse(e);
  }
}
