import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import { findProposalInScope, proposalScope } from "@/lib/proposals/scope";
import { assertCanFile } from "@/lib/applications/guard";
import { checkUpload } from "@/lib/applications/file-sniff";
import { DOCUMENT_KINDS } from "@/lib/applications/schemas";
import { documentColumns, InfectedFileError, storeAttachment } from "@/lib/storage/attachments";
import { libText } from "@/lib/i18n/lib-token";

const MAX_DOCUMENTS = 30;
const uploadMeta = z.object({
  proposalId: z.string().min(1).max(40),
  kind: z.enum(DOCUMENT_KINDS, { error: libText("validation.chooseDocumentKind") }),
});

export type UploadedDocument = {
  id: string;
  kind: string;
  fileName: string;
  size: number;
  mimeType: string;
  scanStatus: string;
};

/**
 * Stores one attachment of a draft (or, after a return, a supplement). The type is sniffed from the bytes;
 * a refused file changes nothing, so the rest of the form is kept.
 */
export async function uploadDocument(
  actor: Actor,
  input: { proposalId: unknown; kind: unknown; fileName: string; bytes: Uint8Array },
): Promise<UploadedDocument> {
  const { assisted } = assertCanFile(actor);
  const meta = parseOrThrow(uploadMeta, { proposalId: input.proposalId, kind: input.kind });
  const check = await checkUpload(input.fileName, input.bytes);
  if (!check.ok) throw new ValidationError({ file: [check.message] }, check.message);
  const db = await getDb();
  // Authorization first (scope and status), so nobody puts bytes in the store for a dossier they cannot touch;
  // then scan and store before the transaction opens (no network wait inside it); 503 if the store is down.
  const target = await findProposalInScope(db, actor, meta.proposalId, { status: true });
  if (target.status !== "DRAFT" && target.status !== "RETURNED")
    throw new WorkflowError(libText("errors.documentsCanBeAddedOnly"));
  const stored = await storeAttachment(input.bytes, check.mime);
  const doc = await db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, meta.proposalId, {
      id: true,
      status: true,
      _count: { select: { documents: true } },
    });
    if (p.status !== "DRAFT" && p.status !== "RETURNED")
      throw new WorkflowError(libText("errors.documentsCanBeAddedOnly"));
    if (p._count.documents >= MAX_DOCUMENTS)
      throw new ValidationError({ file: [libText("validation.maxDocuments", { max: MAX_DOCUMENTS })] });
    const kind = p.status === "RETURNED" ? "SUPPLEMENT" : meta.kind;
    const doc = await tx.document.create({
      data: {
        proposalId: p.id,
        kind,
        fileName: check.fileName,
        mimeType: check.mime,
        size: input.bytes.length,
        ...documentColumns(stored),
        uploadedById: actor.id,
      },
      select: { id: true, kind: true, fileName: true, size: true, mimeType: true, scanStatus: true },
    });
    await writeAudit(tx, actor, {
      action: stored.scanStatus === "INFECTED" ? "document.quarantine" : "document.upload",
      entity: "Proposal",
      entityId: p.id,
      assisted,
      data: {
        documentId: doc.id,
        kind,
        fileName: check.fileName,
        size: doc.size,
        sha256: stored.sha256,
        scanStatus: stored.scanStatus,
        signature: stored.scanSignature,
      },
    });
    return doc;
  });
  // The quarantined file stays listed (staff see the state; it is never served); the sender is told why.
  if (stored.scanStatus === "INFECTED") throw new InfectedFileError(check.fileName, stored.scanSignature ?? "?");
  return doc;
}

/** Removes an attachment while the dossier is still a draft (deletion decided by one conditional DELETE). */
export async function deleteDocument(actor: Actor, documentId: string): Promise<void> {
  const { assisted } = assertCanFile(actor);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id: documentId, proposal: proposalScope(actor) },
      select: { id: true, proposalId: true, fileName: true },
    });
    if (!doc?.proposalId) throw new NotFoundError(libText("errors.theDocumentWasNotFound"));
    await findProposalInScope(tx, actor, doc.proposalId, { id: true });
    const deleted = await tx.document.deleteMany({ where: { id: doc.id, proposal: { status: "DRAFT" } } });
    if (deleted.count !== 1) throw new WorkflowError(libText("errors.documentsOfASubmittedDossier"));
    await writeAudit(tx, actor, {
      action: "document.delete",
      entity: "Proposal",
      entityId: doc.proposalId,
      assisted,
      data: { documentId: doc.id, fileName: doc.fileName },
    });
  });
}
