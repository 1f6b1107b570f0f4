// Attachments are typed by their content, never by the name or the browser's claim: a renamed
// executable is refused. DOCX and XLSX are ZIP files told apart by the entries listed in the ZIP's
// central directory (word/… vs xl/…).
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const FILE_TYPES = {
  pdf: { mime: "application/pdf", label: "PDF" },
  jpg: { mime: "image/jpeg", label: "JPG" },
  png: { mime: "image/png", label: "PNG" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "DOCX" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "XLSX" },
} as const;

export type FileType = keyof typeof FILE_TYPES;

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;
}

/** Names of the entries in a ZIP's central directory, or null if it is not a readable ZIP. */
export function zipEntryNames(b: Uint8Array): string[] | null {
  const minEocd = 22;
  if (b.length < minEocd) return null;
  const stop = Math.max(0, b.length - minEocd - 0xffff);
  let eocd = -1;
  for (let i = b.length - minEocd; i >= stop; i--) {
    if (u32(b, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return null;
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    if (p + 46 + nameLen > b.length) return null;
    names.push(decoder.decode(b.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (!names || !names.includes("[Content_Types].xml")) return null;
    if (names.some((n) => n.startsWith("word/"))) return "docx";
    if (names.some((n) => n.startsWith("xl/"))) return "xlsx";
  }
  return null;
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

export function checkUpload(name: string, bytes: Uint8Array): UploadCheck {
  if (bytes.length === 0) return { ok: false, message: "Tệp rỗng. Vui lòng chọn lại tệp." };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, message: "Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp." };
  const type = sniffFileType(bytes);
  if (!type) return { ok: false, message: "Chỉ nhận tệp PDF, JPG, PNG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp)." };
  return { ok: true, type, mime: FILE_TYPES[type].mime, fileName: sanitizeFileName(name, type) };
}
