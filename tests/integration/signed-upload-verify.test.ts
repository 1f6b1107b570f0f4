// Issue 16: a PDF signed elsewhere (the counter-signed contract) is checked by the portal — signature, chain to the
// trusted roots, unchanged since signing — with a Vietnamese answer for each failure: unsigned, changed after signing
// (one byte, or bytes appended), signed under a CA that is not trusted, an expired certificate. pdfsig (poppler) is
// asked the same questions on the same files, so the verdicts are not the portal's opinion alone.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import forge from "node-forge";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTesting } from "@/lib/env";
import { ensureDemoPki, DEMO_P12_PASSWORD } from "@/lib/signing/demo-pki";
import { resetSigningForTesting } from "@/lib/signing/signer";
import { signPdf } from "@/lib/signing/sign-pdf";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { P12Signer } from "@signpdf/signer-p12";
import signpdf from "@signpdf/signpdf";
import { SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import { verifyPdfSignature } from "@/lib/signing/verify-pdf";
import { nssDbTrusting, pdfsig, writeTemp } from "@/tests/helpers/pdf-tools";

const root = mkdtempSync(path.join(tmpdir(), "kc-verify-"));
const trustedDir = path.join(root, "trusted");
const otherDir = path.join(root, "other");
const expiredDir = path.join(root, "expired");
const saved = { ...process.env };

function selectSigner(dir: string): void {
  process.env.SIGNING_DEMO_PKI_DIR = dir;
  delete process.env.SIGNING_P12_PATH;
  resetEnvForTesting();
  resetSigningForTesting();
}

async function blankDoc(): Promise<{ doc: PDFDocument; page: ReturnType<PDFDocument["addPage"]> }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText("HOP DONG HO TRO (ban ky hai ben)", {
    x: 72,
    y: 760,
    size: 14,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  return { doc, page };
}

async function signedWith(dir: string): Promise<Buffer> {
  selectSigner(dir);
  const { doc, page } = await blankDoc();
  return signPdf(doc, page, {
    reason: "Ký hợp đồng",
    location: "Phú Thọ",
    name: "Cơ sở",
    contactInfo: "",
    rect: [72, 72, 300, 140],
  });
}

/** A CA and a signer whose certificate ran out yesterday, written where ensureDemoPki reads them. */
function makeExpiredPki(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const keys = () => forge.pki.rsa.generateKeyPair(2048);
  const ca = keys();
  const signerKeys = keys();
  const name = [
    { name: "commonName", value: "Expired test CA" },
    { name: "countryName", value: "VN" },
  ];
  const make = (
    subject: forge.pki.CertificateField[],
    pub: forge.pki.rsa.PublicKey,
    from: Date,
    to: Date,
    isCa: boolean,
  ) => {
    const c = forge.pki.createCertificate();
    c.publicKey = pub;
    c.serialNumber = isCa ? "01aa" : "01bb";
    c.validity.notBefore = from;
    c.validity.notAfter = to;
    c.setSubject(subject);
    c.setIssuer(name);
    c.setExtensions([{ name: "basicConstraints", cA: isCa }]);
    c.sign(ca.privateKey, forge.md.sha256.create());
    return c;
  };
  const day = 86_400_000;
  const caCert = make(name, ca.publicKey, new Date(Date.now() - 900 * day), new Date(Date.now() + 900 * day), true);
  const signer = make(
    [
      { name: "commonName", value: "Expired signer" },
      { name: "countryName", value: "VN" },
    ],
    signerKeys.publicKey,
    new Date(Date.now() - 400 * day),
    new Date(Date.now() - day),
    false,
  );
  const p12 = forge.pkcs12.toPkcs12Asn1(signerKeys.privateKey, [signer, caCert], DEMO_P12_PASSWORD, {
    algorithm: "3des",
  });
  writeFileSync(path.join(dir, "signer.p12"), Buffer.from(forge.asn1.toDer(p12).getBytes(), "binary"));
  writeFileSync(path.join(dir, "ca.pem"), forge.pki.certificateToPem(caCert));
}

let trustedCa: string;
let nss: string;

beforeAll(() => {
  trustedCa = ensureDemoPki(trustedDir).caPem;
  ensureDemoPki(otherDir);
  makeExpiredPki(expiredDir);
  nss = nssDbTrusting(trustedCa);
}, 120_000);

afterAll(() => {
  process.env = saved;
  resetEnvForTesting();
  resetSigningForTesting();
});

describe("checking a PDF signed elsewhere", () => {
  it("accepts a file signed under a trusted CA and unchanged, naming the signer and the issuer", async () => {
    const file = await signedWith(trustedDir);
    const v = await verifyPdfSignature(file, trustedCa);
    expect(v).toMatchObject({ ok: true, issuer: expect.stringContaining("DEMO CA") });
    expect(v.ok && v.signer).toContain("Sở Công Thương tỉnh Phú Thọ");
    expect(pdfsig(writeTemp(file, "ok.pdf"), nss)).toContain("Signature Validation: Signature is Valid.");
  });

  it("reports one byte changed inside the signed bytes, and bytes appended after signing", async () => {
    const file = await signedWith(trustedDir);
    const changed = Buffer.from(file);
    // One byte in the middle of the first signed range.
    const range = /\/ByteRange\s*\[\s*0\s+(\d+)/.exec(changed.toString("latin1"));
    const at = Math.floor(Number(range?.[1]) / 2);
    expect(at).toBeGreaterThan(0);
    changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
    const v = await verifyPdfSignature(changed, trustedCa);
    expect(v).toMatchObject({ ok: false, reason: "tampered" });
    expect(!v.ok && v.message).toContain("đã bị thay đổi sau khi ký");
    expect(pdfsig(writeTemp(changed, "changed.pdf"), nss)).toContain("Signature Validation: Digest Mismatch.");
    const appended = Buffer.concat([file, Buffer.from("\n% them sau khi ky\n")]);
    expect(await verifyPdfSignature(appended, trustedCa)).toMatchObject({ ok: false, reason: "tampered" });
  });

  it("says a file has no signature", async () => {
    const { doc } = await blankDoc();
    const v = await verifyPdfSignature(await doc.save(), trustedCa);
    expect(v).toEqual({
      ok: false,
      reason: "unsigned",
      message: "Tệp PDF không có chữ ký số. Vui lòng tải lên bản đã được ký số.",
    });
  });

  it("refuses a signature under a CA the portal does not trust", async () => {
    const file = await signedWith(otherDir);
    const v = await verifyPdfSignature(file, trustedCa);
    expect(v).toMatchObject({ ok: false, reason: "untrusted" });
    expect(pdfsig(writeTemp(file, "other.pdf"), nss)).not.toContain("Certificate Validation: Certificate is Trusted.");
    // The same file is fine for a portal that trusts that CA.
    expect(await verifyPdfSignature(file, readFileSync(path.join(otherDir, "ca.pem"), "utf8"))).toMatchObject({
      ok: true,
    });
  });

  it("refuses an expired signer certificate with its own message", async () => {
    // The portal itself refuses to sign with an expired certificate (lib/signing/signer.ts): sign with the library.
    const { doc, page } = await blankDoc();
    pdflibAddPlaceholder({
      pdfDoc: doc,
      pdfPage: page,
      reason: "Ký",
      location: "Phú Thọ",
      name: "Cơ sở",
      contactInfo: "",
      signingTime: new Date(),
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      widgetRect: [72, 72, 300, 140],
      signatureLength: 16_384,
    });
    const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
    const file = await signpdf.sign(
      unsigned,
      new P12Signer(readFileSync(path.join(expiredDir, "signer.p12")), { passphrase: DEMO_P12_PASSWORD }),
    );
    const v = await verifyPdfSignature(file, readFileSync(path.join(expiredDir, "ca.pem"), "utf8"));
    expect(v).toMatchObject({
      ok: false,
      reason: "expired",
      message: "Chứng thư ký số đã hết hạn hoặc chưa có hiệu lực.",
    });
  });
});
