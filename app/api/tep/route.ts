import { getActor } from "@/lib/auth/session";
import { uploadDocument } from "@/lib/applications/documents";
import { uploadErrorResponse } from "@/lib/storage/upload-http";

// Streaming upload of one attachment of a dossier (multipart: proposalId, kind, file). Authorization comes
// first (signed-in actor; scope and status are checked again in lib/applications/documents.ts). Answers
// 201 with the document (scanStatus included), 422 for a refused or infected file, 503 when the store is down.
export async function POST(req: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ message: "Vui lòng đăng nhập." }, { status: 401 });
  try {
    const form = await req.formData();
    const file = form.get("file");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const doc = await uploadDocument(actor, {
      proposalId: form.get("proposalId"),
      kind: form.get("kind"),
      fileName: file instanceof File ? file.name : "",
      bytes,
    });
    return Response.json(doc, { status: 201 });
  } catch (e) {
    return uploadErrorResponse(e);
  }
}
