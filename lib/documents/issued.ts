import "server-only";
import { createHash, randomInt } from "node:crypto";
import QRCode from "qrcode";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError, RateLimitError, ValidationError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/applications/rate-limit";
import { getDecisionDocument } from "@/lib/decisions/queries";
import { renderDecisionPdf } from "@/lib/documents/decision-pdf";
import type { Verification } from "@/lib/documents/decree30";
import { findProposalInScope } from "@/lib/proposals/scope";
import { signingAs, signingIdentity } from "@/lib/signing/signer";
import { getStore, objectKey } from "@/lib/storage";
import { publicBaseUrl } from "@/lib/app-url";
import { env } from "@/lib/env";
import { libText } from "@/lib/i18n/lib-token";

// The registry of issued files (issue 16). A decision, contract, acceptance minutes, settlement or submission
// receipt is signed once, at its first download: the file gets a short public code and a QR code to
// /xac-thuc/<code>, is stored content-addressed, and every later download serves those same bytes (same
// SHA-256). Anyone can check a copy against the registry.

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
const newCode = () => Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
export const sha256Hex = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

/** The portal's public address (APP_URL, else the request's); APP_URL outside a request (scripts, tests). */
export async function baseUrl(): Promise<string> {
  try {
    return await publicBaseUrl();
  } catch {
    return env().APP_URL.replace(/\/$/, "");
  }
}

/** What one issued file is: its subject (one file per subject), what the registry shows, how it is drawn. */
export type IssueSpec = {
  /** "decision:<id>", "contract:<id>", "acceptance:<id>", "settlement:<id>", "receipt:<proposalId>:<round>". */
  subject: string;
  /** Earlier subjects this one replaces (e.g. the receipt of an earlier round): their files become REPLACED. */
  replacesPrefix?: string;
  kind: string;
  decisionId?: string;
  proposalId: string;
  number: string;
  issuedOn: Date;
  issuerName: string;
  signerName: string;
  signerTitle: string | null;
  fileName: string;
  render: (verification: Verification) => Promise<Buffer>;
};

/** An ASCII PDF file name (it goes into a header) from a document number: "07/QĐ-SCT" → "07-QD-SCT.pdf". */
export function pdfFileName(number: string, prefix = ""): string {
  const ascii = number
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  return `${prefix}${ascii.replace(/[^\w.-]+/g, "-")}.pdf`;
}

/**
 * The signed file of `spec.subject` for an actor the caller has authorized: issued (signed, registered, stored)
 * on the first request, then served as issued. Two first requests at once: one registers, the other serves it.
 */
export async function issueOnce(actor: Actor, spec: IssueSpec): Promise<{ bytes: Buffer; fileName: string }> {
  const db = await getDb();
  const fileName = spec.fileName;
  const existing = await db.issuedDocument.findUnique({
    where: { subject: spec.subject },
    select: { storageKey: true },
  });
  if (existing) {
    const stream = await getStore().get(existing.storageKey);
    if (stream) return { bytes: await readAll(stream), fileName };
  }
  const code = newCode();
  const url = `${await baseUrl()}/xac-thuc/${code}`;
  const qrPng = await QRCode.toBuffer(url, { type: "png", margin: 1, width: 192, errorCorrectionLevel: "M" });
  // Signed with the issuing body's own certificate (lib/signing/signer.ts signingAs).
  const { bytes, id } = await signingAs(spec.issuerName, async () => ({
    bytes: await spec.render({ code, url, qrPng }),
    id: signingIdentity(),
  }));
  const sha256 = sha256Hex(bytes);
  const key = objectKey(sha256);
  await getStore().put(key, bytes, "application/pdf");
  const created = await db.$transaction(async (tx) => {
    const row = await tx.issuedDocument.upsert({
      where: { subject: spec.subject },
      create: {
        code,
        subject: spec.subject,
        decisionId: spec.decisionId ?? null,
        proposalId: spec.proposalId,
        kind: spec.kind,
        number: spec.number,
        issuedOn: spec.issuedOn,
        issuerName: spec.issuerName,
        signerName: spec.signerName,
        signerTitle: spec.signerTitle,
        certificate: id.subject,
        sha256,
        storageKey: key,
      },
      update: {},
      select: { code: true, storageKey: true },
    });
    if (row.code === code) {
      if (spec.replacesPrefix) {
        await tx.issuedDocument.updateMany({
          where: { subject: { startsWith: spec.replacesPrefix, not: spec.subject }, status: "VALID" },
          data: { status: "REPLACED", statusReason: `Thay thế bởi văn bản mã ${code}.`, statusAt: new Date() },
        });
      }
      await writeAudit(tx, actor, {
        action: "document.issue",
        entity: "IssuedDocument",
        entityId: code,
        data: { subject: spec.subject, sha256 },
      });
    }
    return row;
  });
  if (created.code === code) return { bytes, fileName };
  const stream = await getStore().get(created.storageKey);
  return { bytes: stream ? await readAll(stream) : bytes, fileName };
}

/** The decision's signed PDF for a user who may see it: issued (signed, registered, stored) on first request. */
export async function issuedDecisionPdf(
  actor: Actor,
  decisionId: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const doc = await getDecisionDocument(actor, decisionId); // authorizes: NotFoundError outside the actor's scope
  return issueOnce(actor, {
    subject: `decision:${decisionId}`,
    kind: doc.kind,
    decisionId,
    proposalId: doc.proposal.id,
    number: doc.number,
    issuedOn: new Date(doc.decidedAt),
    issuerName: doc.agencyName,
    signerName: doc.signerName,
    signerTitle: doc.signerTitle,
    fileName: pdfFileName(doc.number),
    render: (v) => renderDecisionPdf(doc, v),
  });
}

export type PublicVerification = {
  code: string;
  kind: string;
  number: string;
  issuedOn: string;
  issuerName: string;
  signerName: string;
  signerTitle: string | null;
  certificate: string;
  sha256: string;
  status: "VALID" | "REPLACED" | "REVOKED";
  statusReason: string | null;
  statusAt: string | null;
};

/** Public checks per client: 30 per 10 minutes — enough for a person, too slow to enumerate codes. */
export const VERIFY_LIMIT = 30;
const VERIFY_WINDOW_MS = 10 * 60 * 1000;

/** What /xac-thuc shows: no dossier content, no personal data beyond the signing official's name and title. */
export async function getVerification(code: string, clientKey: string): Promise<PublicVerification | null> {
  const db = await getDb();
  if (!(await hitRateLimit(db, `verify:${clientKey}`, VERIFY_LIMIT, VERIFY_WINDOW_MS))) {
    throw new RateLimitError(libText("errors.youHaveLookedUpToo"));
  }
  if (!/^[A-Z0-9]{6,16}$/.test(code)) return null;
  const r = await db.issuedDocument.findUnique({ where: { code } });
  if (!r) return null;
  return {
    code: r.code,
    kind: r.kind,
    number: r.number,
    issuedOn: r.issuedOn.toISOString(),
    issuerName: r.issuerName,
    signerName: r.signerName,
    signerTitle: r.signerTitle,
    certificate: r.certificate,
    sha256: r.sha256,
    status: r.status,
    statusReason: r.statusReason,
    statusAt: r.statusAt?.toISOString() ?? null,
  };
}

/** A copy checked against the registry: the same bytes (SHA-256) as the file issued under this code, or not. */
export async function checkCopy(
  code: string,
  bytes: Uint8Array,
  clientKey: string,
): Promise<{ matches: boolean; sha256: string }> {
  const v = await getVerification(code, clientKey);
  if (!v) throw new NotFoundError(libText("errors.thereIsNoDocumentWith"));
  if (bytes.length === 0) throw new ValidationError({ file: [libText("validation.chooseThePdfFileTo")] });
  const sha256 = sha256Hex(bytes);
  return { matches: sha256 === v.sha256, sha256 };
}

/** Revokes an issued file (a leader, with the reason; audited). Its /xac-thuc page then says so. */
export async function revokeIssuedDocument(actor: Actor, code: string, reason: string): Promise<void> {
  assertCan(actor, "proposal.decide");
  if (reason.trim().length < 5)
    throw new ValidationError({ reason: [libText("validation.writeTheReasonForRevoking")] });
  const db = await getDb();
  const row = await db.issuedDocument.findUnique({ where: { code }, select: { decisionId: true, proposalId: true } });
  if (!row) throw new NotFoundError(libText("errors.thereIsNoDocumentWith"));
  // The actor's scope: the decision's, or the đề án's for the other documents.
  if (row.decisionId) await getDecisionDocument(actor, row.decisionId);
  else if (row.proposalId) await findProposalInScope(db, actor, row.proposalId, { id: true });
  else throw new NotFoundError(libText("errors.thereIsNoDocumentWith"));
  await db.$transaction(async (tx) => {
    await tx.issuedDocument.update({
      where: { code },
      data: { status: "REVOKED", statusReason: reason.trim(), statusAt: new Date() },
    });
    await writeAudit(tx, actor, {
      action: "document.revoke",
      entity: "IssuedDocument",
      entityId: code,
      reason: reason.trim(),
    });
  });
}

export type IssuedState = { code: string; status: "VALID" | "REPLACED" | "REVOKED" };

/** The issued file of a decision the actor may see (code and status), or null before its first download. */
export async function issuedFor(actor: Actor, decisionId: string): Promise<IssuedState | null> {
  await getDecisionDocument(actor, decisionId);
  const db = await getDb();
  return db.issuedDocument.findUnique({ where: { decisionId }, select: { code: true, status: true } });
}
