import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { ValidationError } from "@/lib/errors";
import { documentColumns, InfectedFileError, storeAttachment } from "@/lib/storage/attachments";
// Content sniffing is shared with the application dossier (magic bytes, not names or browser claims).
import { checkUpload, FILE_TYPES, type FileType } from "@/lib/applications/file-sniff";
import { libText } from "@/lib/i18n/lib-token";

export const PHOTO_TYPES: readonly FileType[] = ["jpg", "png"];
export const EVIDENCE_TYPES: readonly FileType[] = ["pdf", "jpg", "png", "docx", "xlsx"];

export type Upload = { name: string; bytes: Uint8Array };

/** Non-empty File entries of a form field, read into memory (before the transaction opens). */
export async function readUploads(files: ReadonlyArray<FormDataEntryValue>): Promise<Upload[]> {
  const out: Upload[] = [];
  for (const f of files) {
    if (typeof f === "string" || f.size === 0) continue;
    out.push({ name: f.name || "tep", bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return out;
}

/** Checks each file by its content and stores it as a Document row of the đề án. */
export async function storeUploads(
  tx: Tx,
  actor: Actor,
  proposalId: string,
  kind: DocumentKind,
  uploads: readonly Upload[],
  allowed: readonly FileType[],
  field: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const u of uploads) {
    const check = await checkUpload(u.name, u.bytes);
    if (!check.ok)
      throw new ValidationError({
        [field]: [libText("validation.fileProblem", { name: u.name, problem: check.message })],
      });
    if (!allowed.includes(check.type)) {
      throw new ValidationError({
        [field]: [
          libText("validation.fileOnly", { name: u.name, types: allowed.map((t) => FILE_TYPES[t].label).join(", ") }),
        ],
      });
    }
    // Scanned, then stored (content-addressed); an infected file is quarantined and the whole report refused.
    const stored = await storeAttachment(u.bytes, check.mime);
    if (stored.scanStatus === "INFECTED") throw new InfectedFileError(u.name, stored.scanSignature ?? "?", field);
    const doc = await tx.document.create({
      data: {
        proposalId,
        kind,
        fileName: check.fileName,
        mimeType: check.mime,
        size: u.bytes.length,
        ...documentColumns(stored),
        uploadedById: actor.id,
      },
      select: { id: true },
    });
    ids.push(doc.id);
  }
  return ids;
}
