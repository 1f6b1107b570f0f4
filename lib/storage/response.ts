import { NotFoundError } from "@/lib/errors";
import { FileNotServableError, openAttachment } from "@/lib/storage/attachments";
import { StorageUnavailableError } from "@/lib/storage/types";
import type { ScanStatus } from "@/lib/generated/prisma/enums";

type Doc = {
  fileName: string;
  mimeType: string;
  storageKey: string | null;
  content: Uint8Array | null;
  scanStatus: ScanStatus;
};

/**
 * Streams an already-authorized document. Images are shown inline (their type was sniffed from the bytes
 * at upload); everything else downloads; nosniff keeps the browser to that type.
 */
export async function attachmentResponse(doc: Doc, opts: { inlineImages: boolean }): Promise<Response> {
  try {
    const body = await openAttachment(doc);
    const inline = opts.inlineImages && (doc.mimeType === "image/png" || doc.mimeType === "image/jpeg");
    return new Response(body as BodyInit, {
      headers: {
        "Content-Type": doc.mimeType,
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="tep"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "X-Scan-Status": doc.scanStatus,
      },
    });
  } catch (e) {
    return fileErrorResponse(e);
  }
}

/** Plain-text Vietnamese answers for the file routes; anything unexpected is rethrown. */
export function fileErrorResponse(e: unknown): Response {
  const text = (status: number, msg: string) =>
    new Response(msg, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  if (e instanceof FileNotServableError) return text(e.status, e.message);
  if (e instanceof NotFoundError) return text(404, "Không tìm thấy tệp.");
  if (e instanceof StorageUnavailableError) return text(503, e.message);
  throw e;
}
