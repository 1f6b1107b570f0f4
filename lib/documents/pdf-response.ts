import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

// The answer of every "Tải PDF" route (issue 16): the same scope as the document's HTML page — no session
// 401, a record the user may not see 404 (like a missing one) — and the issued file, inline, never cached.

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function pdfResponse(
  issue: (actor: Actor) => Promise<{ bytes: Buffer; fileName: string }>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor) return text("Vui lòng đăng nhập.", 401);
  try {
    const { bytes, fileName } = await issue(actor);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return text("Không tìm thấy văn bản.", 404);
    throw e;
  }
}
