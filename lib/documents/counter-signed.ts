import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { ForbiddenError, ValidationError, WorkflowError } from "@/lib/errors";
import { findProposalInScope } from "@/lib/proposals/scope";
import { checkUpload } from "@/lib/applications/file-sniff";
import { storeUploads, type Upload } from "@/lib/uploads/evidence";
import { verifyPdfSignature } from "@/lib/signing/verify-pdf";
import { trustedRootsPem } from "@/lib/signing/trust";
import { libText } from "@/lib/i18n/lib-token";

// The contract counter-signed by the enterprise (issue 16): uploaded as a PDF, its signature checked against the
// trusted roots before anything is stored. A file that is unsigned, changed after signing, signed under an untrusted
// CA or with an expired certificate is refused with the reason next to the field — nothing is kept — so the
// beneficiary signs again; a valid one is stored with the check (signer, issuer, when) shown beside it.

export type CounterSignedDto = {
  documentId: string;
  fileName: string;
  signer: string;
  issuer: string;
  signedAt: string | null;
  checkedAt: string;
};

export async function uploadCounterSignedContract(
  actor: Actor,
  proposalId: string,
  upload: Upload | undefined,
  now = new Date(),
): Promise<CounterSignedDto> {
  if (actor.role !== "ENTERPRISE" && actor.role !== "STAFF")
    throw new ForbiddenError(libText("errors.onlyTheBeneficiaryOrA"));
  const db = await getDb();
  const p = await findProposalInScope(db, actor, proposalId, {
    id: true,
    contract: { select: { id: true, number: true } },
  });
  if (!p.contract) throw new WorkflowError(libText("errors.theProjectHasNoContract"));
  if (!upload) throw new ValidationError({ file: [libText("validation.chooseTheDigitallySignedContract")] });
  const check = await checkUpload(upload.name, upload.bytes);
  if (!check.ok) throw new ValidationError({ file: [check.message] });
  if (check.type !== "pdf") throw new ValidationError({ file: [libText("validation.theSignedContractMustBe")] });
  const verdict = await verifyPdfSignature(upload.bytes, trustedRootsPem(), now);
  if (!verdict.ok) throw new ValidationError({ file: [verdict.message] }, verdict.message);
  return db.$transaction(async (tx) => {
    const [documentId] = await storeUploads(tx, actor, p.id, "CONTRACT", [upload], ["pdf"], "file");
    await tx.signatureCheck.create({
      data: {
        documentId: documentId!,
        signer: verdict.signer,
        issuer: verdict.issuer,
        signedAt: verdict.signedAt,
        checkedAt: now,
      },
    });
    await writeAudit(tx, actor, {
      action: "contract.counterSignedUploaded",
      entity: "Proposal",
      entityId: p.id,
      data: { documentId: documentId!, contract: p.contract!.number, signer: verdict.signer, issuer: verdict.issuer },
    });
    return {
      documentId: documentId!,
      fileName: check.fileName,
      signer: verdict.signer,
      issuer: verdict.issuer,
      signedAt: verdict.signedAt?.toISOString() ?? null,
      checkedAt: now.toISOString(),
    };
  });
}

/** The counter-signed contracts of a đề án the actor may see, with the portal's check. */
export async function listCounterSigned(actor: Actor, proposalId: string): Promise<CounterSignedDto[]> {
  const db = await getDb();
  await findProposalInScope(db, actor, proposalId, { id: true });
  const docs = await db.document.findMany({
    where: { proposalId, kind: "CONTRACT", signatureCheck: { isNot: null } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      fileName: true,
      signatureCheck: { select: { signer: true, issuer: true, signedAt: true, checkedAt: true } },
    },
  });
  return docs.map((d) => ({
    documentId: d.id,
    fileName: d.fileName,
    signer: d.signatureCheck!.signer,
    issuer: d.signatureCheck!.issuer,
    signedAt: d.signatureCheck!.signedAt?.toISOString() ?? null,
    checkedAt: d.signatureCheck!.checkedAt.toISOString(),
  }));
}
