import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { findProposalInScope } from "@/lib/proposals/scope";
import { baseUrl, issueOnce, pdfFileName, type IssuedState } from "@/lib/documents/issued";
import {
  getAcceptanceDocument,
  getContractDocument,
  getReceiptDocument,
  getSettlementDocument,
} from "@/lib/documents/queries";
import {
  renderAcceptancePdf,
  renderContractPdf,
  renderReceiptPdf,
  renderSettlementPdf,
} from "@/lib/documents/documents-pdf";

// The signed PDFs of a đề án's other issued documents (issue 16), registered like the decision
// (lib/documents/issued.ts): signed once at the first download, then served as issued. Each query authorizes
// first — a user outside the đề án's scope (another establishment, another province) gets NotFoundError.

type File = { bytes: Buffer; fileName: string };

/** Hợp đồng hỗ trợ: signed for Bên A (the agency's representative); Bên B counter-signs its copy. */
export async function issuedContractPdf(actor: Actor, proposalId: string): Promise<File> {
  const c = await getContractDocument(actor, proposalId);
  const signer = c.partyA.representative ?? c.partyA.name;
  return issueOnce(actor, {
    subject: `contract:${c.id}`,
    kind: "CONTRACT",
    proposalId,
    number: c.number,
    issuedOn: new Date(c.signedAt),
    issuerName: c.issuer.name,
    signerName: signer,
    signerTitle: c.partyA.title,
    fileName: pdfFileName(c.number, "hop-dong-"),
    render: (v) => renderContractPdf(c, v),
  });
}

/** Biên bản nghiệm thu, signed for the accepting agency by the official who recorded it. */
export async function issuedAcceptancePdf(actor: Actor, proposalId: string, acceptanceId: string): Promise<File> {
  const a = await getAcceptanceDocument(actor, proposalId, acceptanceId);
  return issueOnce(actor, {
    subject: `acceptance:${a.id}`,
    kind: "ACCEPTANCE",
    proposalId,
    number: a.number,
    issuedOn: new Date(a.acceptedAt),
    issuerName: a.issuer.name,
    signerName: a.signer.name,
    signerTitle: a.signer.title,
    fileName: pdfFileName(a.number, "bien-ban-nghiem-thu-"),
    render: (v) => renderAcceptancePdf(a, v),
  });
}

/** Quyết toán, signed by the leader who settled. */
export async function issuedSettlementPdf(actor: Actor, proposalId: string): Promise<File> {
  const s = await getSettlementDocument(actor, proposalId);
  return issueOnce(actor, {
    subject: `settlement:${s.id}`,
    kind: "SETTLEMENT",
    proposalId,
    number: s.number,
    issuedOn: new Date(s.settledAt),
    issuerName: s.issuer.name,
    signerName: s.signer.name,
    signerTitle: s.signer.title,
    fileName: pdfFileName(s.number, "quyet-toan-"),
    render: (v) => renderSettlementPdf(s, v),
  });
}

/**
 * Giấy tiếp nhận hồ sơ of the current submission round; a resubmission's receipt replaces the earlier one
 * (its /xac-thuc page then says "đã thay thế").
 */
export async function issuedReceiptPdf(actor: Actor, proposalId: string): Promise<File> {
  const r = await getReceiptDocument(actor, proposalId);
  const lookupUrl = `${await baseUrl()}/tra-cuu`;
  const signer = r.receivedBy?.name ?? `${r.issuer.name} (tiếp nhận trực tuyến)`;
  return issueOnce(actor, {
    subject: `receipt:${proposalId}:${r.round}`,
    replacesPrefix: `receipt:${proposalId}:`,
    kind: "RECEIPT",
    proposalId,
    number: r.code,
    issuedOn: new Date(r.submittedAt),
    issuerName: r.issuer.name,
    signerName: signer,
    signerTitle: r.receivedBy?.title ?? null,
    fileName: pdfFileName(r.code, "giay-tiep-nhan-"),
    render: (v) => renderReceiptPdf(r, lookupUrl, v),
  });
}

/** The issued files of a đề án the actor may see, by subject (code and status), for the pages' "Mã xác thực". */
export async function issuedForProposal(actor: Actor, proposalId: string): Promise<Record<string, IssuedState>> {
  const db = await getDb();
  await findProposalInScope(db, actor, proposalId, { id: true });
  const rows = await db.issuedDocument.findMany({
    where: { proposalId },
    select: { subject: true, code: true, status: true },
  });
  return Object.fromEntries(rows.map((r) => [r.subject, { code: r.code, status: r.status }]));
}
