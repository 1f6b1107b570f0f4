import { createHash } from "node:crypto";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { getStore } from "@/lib/storage";
import { objectKey, quarantineKey } from "@/lib/storage/types";
import { scanAttachment } from "@/lib/scan";
import { logWarn } from "@/lib/log";
import type { ScanStatus } from "@/lib/generated/prisma/enums";
import { libText } from "@/lib/i18n/lib-token";

export type StoredAttachment = {
  sha256: string;
  storageKey: string;
  scanStatus: ScanStatus;
  scanSignature: string | null;
};

/** The columns a Document row gets for stored bytes (content stays null: the bytes are in the store). */
export function documentColumns(s: StoredAttachment) {
  return {
    sha256: s.sha256,
    storageKey: s.storageKey,
    scanStatus: s.scanStatus,
    scanSignature: s.scanSignature,
    content: null,
  };
}

export class InfectedFileError extends ValidationError {
  constructor(fileName: string, signature: string, field = "file") {
    const msg = libText("validation.fileInfected", { name: fileName, signature });
    super({ [field]: [msg] }, msg);
  }
}

/**
 * Scans the bytes, then puts them in the store before any row points at them (content-addressed, so a
 * retry or a second upload of the same file writes the same object). Infected bytes go to the
 * quarantine prefix only, never to a served key. Throws StorageUnavailableError (503) when the store is down.
 */
export async function storeAttachment(bytes: Uint8Array, mimeType: string): Promise<StoredAttachment> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const scan = await scanAttachment(bytes);
  const store = getStore();
  if (scan.status === "INFECTED") {
    await store.put(quarantineKey(sha256), bytes, "application/octet-stream");
    logWarn("attachment.quarantined", { sha256, signature: scan.signature, size: bytes.length });
    return { sha256, storageKey: quarantineKey(sha256), scanStatus: "INFECTED", scanSignature: scan.signature };
  }
  await store.put(objectKey(sha256), bytes, mimeType);
  return { sha256, storageKey: objectKey(sha256), scanStatus: scan.status, scanSignature: null };
}

export class FileNotServableError extends AppError {
  constructor(
    readonly status: 403 | 409,
    message: string,
  ) {
    super(message, status === 403 ? "QUARANTINED" : "SCAN_PENDING");
  }
}

type DocBytes = { storageKey: string | null; content: Uint8Array | null; scanStatus: ScanStatus };

/** The bytes of a document the caller has already authorized: from the store, or the old bytea until migrated. */
export async function openAttachment(doc: DocBytes): Promise<ReadableStream<Uint8Array> | Uint8Array> {
  if (doc.scanStatus === "INFECTED")
    throw new FileNotServableError(403, "Tệp này chứa mã độc nên đã bị cách ly; không thể tải xuống.");
  if (doc.scanStatus === "PENDING")
    throw new FileNotServableError(409, "Tệp đang chờ quét virus; vui lòng thử lại sau ít phút.");
  if (doc.storageKey) {
    const body = await getStore().get(doc.storageKey);
    if (!body) throw new NotFoundError(libText("errors.theFileWasNotFound"));
    return body;
  }
  if (doc.content) return Uint8Array.from(doc.content);
  throw new NotFoundError(libText("errors.theFileWasNotFound2"));
}

/** Columns to select so openAttachment can serve a document. */
export const ATTACHMENT_SELECT = {
  fileName: true,
  mimeType: true,
  storageKey: true,
  content: true,
  scanStatus: true,
} as const;

/** Whole bytes of an attachment (exports, tests); routes stream with openAttachment instead. */
export async function readAttachmentBytes(doc: DocBytes): Promise<Uint8Array> {
  const body = await openAttachment(doc);
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(await new Response(body).arrayBuffer());
}
