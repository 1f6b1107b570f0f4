// Attachments are typed by their content, never by the name or the browser's claim: a renamed
// executable is refused. Detection is the `file-type` library's (DOCX and XLSX are ZIP files told apart by
// the entries inside); this module only says which of its answers the portal accepts.
import { fileTypeFromBuffer } from "file-type";
import { libText } from "@/lib/i18n/lib-token";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const FILE_TYPES = {
  pdf: { mime: "application/pdf", label: "PDF" },
  jpg: { mime: "image/jpeg", label: "JPG" },
  png: { mime: "image/png", label: "PNG" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "DOCX" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "XLSX" },
} as const;

export type FileType = keyof typeof FILE_TYPES;

/**
 * The type found in the content by `file-type` (a maintained detector: magic numbers, and for ZIP-based Office files
 * the entries inside the archive), narrowed to the five types the portal accepts; anything else is null.
 */
export async function sniffFileType(bytes: Uint8Array): Promise<FileType | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  return found.ext in FILE_TYPES ? (found.ext as FileType) : null;
}

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control or reserved
 * characters, at most 100 characters, and the extension of the type actually found.
 */
export function sanitizeFileName(name: string, type: FileType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const stem = base
    .normalize("NFC")
    .replace(/\.[^.]*$/, "")
    .replace(/[\u0000-\u001f\u007f<>:"|?*\\/]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[.\s-]+|[.\s]+$/g, "")
    .slice(0, 100);
  return `${stem || "tai-lieu"}.${type}`;
}

export type UploadCheck = { ok: true; type: FileType; mime: string; fileName: string } | { ok: false; message: string };

export async function checkUpload(name: string, bytes: Uint8Array): Promise<UploadCheck> {
  if (bytes.length === 0) return { ok: false, message: libText("validation.fileEmpty") };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, message: libText("validation.fileOver10Mb") };
  const type = await sniffFileType(bytes);
  if (!type) return { ok: false, message: libText("validation.fileTypes") };
  return { ok: true, type, mime: FILE_TYPES[type].mime, fileName: sanitizeFileName(name, type) };
}
