import "server-only";
import { createHash, webcrypto } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

// Verifies a PDF signed elsewhere — the counter-signed contract an enterprise uploads (issue 16): the last signature
// of the file (its /ByteRange and /Contents), that the signed bytes cover the whole file but the signature itself
// (a byte changed or appended after signing is caught), the CMS message digest against those bytes, the signer's
// signature over its signed attributes, and the certificate chain to the configured trusted roots at the time of
// checking. The answer is in Vietnamese; nothing here trusts what the PDF says about itself.

export type PdfVerdict =
  | { ok: true; signer: string; issuer: string; signedAt: Date | null; notAfter: Date }
  | {
      ok: false;
      reason: "unsigned" | "tampered" | "untrusted" | "expired" | "malformed";
      message: string;
      signer?: string;
    };

const MESSAGES = {
  unsigned: "Tệp PDF không có chữ ký số. Vui lòng tải lên bản đã được ký số.",
  tampered: "Nội dung tệp đã bị thay đổi sau khi ký: chữ ký không còn khớp với tệp.",
  untrusted: "Chứng thư ký số không do tổ chức cung cấp dịch vụ chứng thực được cổng tin cậy cấp.",
  expired: "Chứng thư ký số đã hết hạn hoặc chưa có hiệu lực.",
  malformed: "Không đọc được chữ ký số trong tệp PDF.",
} as const;

let engineReady = false;
function engine(): void {
  if (engineReady) return;
  pkijs.setEngine("node", new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto }));
  engineReady = true;
}

const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const OID_SIGNING_TIME = "1.2.840.113549.1.9.5";
const DIGESTS: Record<string, string> = {
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
  "1.3.14.3.2.26": "sha1",
};

function fail(reason: Exclude<PdfVerdict, { ok: true }>["reason"], signer?: string): PdfVerdict {
  return { ok: false, reason, message: MESSAGES[reason], ...(signer ? { signer } : {}) };
}

/** A certificate's common name (UTF-8 or ASCII), or its whole subject. */
function commonName(name: pkijs.RelativeDistinguishedNames): string {
  const cn = name.typesAndValues.find((tv) => tv.type === "2.5.4.3");
  const v = cn?.value.valueBlock as { value?: string } | undefined;
  return (
    v?.value ?? name.typesAndValues.map((tv) => (tv.value.valueBlock as { value?: string }).value ?? "").join(", ")
  );
}

function toArrayBuffer(b: Uint8Array): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** PEM bundle → certificates. */
export function parsePemCertificates(pem: string): pkijs.Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((b) =>
    pkijs.Certificate.fromBER(Buffer.from(b.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ""), "base64")),
  );
}

/**
 * The CMS structure at the start of the /Contents placeholder, cut at the length its own header states. (Stripping
 * the zero padding instead would also strip a signature whose last byte is 0x00 — one file in 256.)
 */
function derInPlaceholder(bytes: Buffer): Buffer | null {
  if (bytes.length < 2 || bytes[0] !== 0x30) return null;
  const first = bytes[1]!;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const n = first & 0x7f;
  if (n === 0 || n > 4 || bytes.length < 2 + n) return null;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + bytes[2 + i]!;
  const total = 2 + n + len;
  return total <= bytes.length ? bytes.subarray(0, total) : null;
}

export async function verifyPdfSignature(
  file: Uint8Array,
  trustedRootsPem: string,
  now = new Date(),
): Promise<PdfVerdict> {
  engine();
  const text = Buffer.from(file).toString("latin1");
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges[ranges.length - 1];
  if (!last) return fail("unsigned");
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  if (a !== 0 || b <= 0 || c <= b || d < 0 || c + d > file.length) return fail("malformed");
  // The signature covers everything but its own hole: anything after c + d was added after signing.
  if (c + d !== file.length) return fail("tampered");
  const hole = text.slice(b, c);
  const hex = /^<([0-9A-Fa-f\s]*)>$/.exec(hole.trim())?.[1]?.replace(/\s/g, "");
  if (!hex) return fail("malformed");
  const der = derInPlaceholder(Buffer.from(hex, "hex"));
  if (!der) return fail("malformed");
  const signedBytes = Buffer.concat([Buffer.from(file.subarray(a, a + b)), Buffer.from(file.subarray(c, c + d))]);

  let signed: pkijs.SignedData;
  try {
    const info = pkijs.ContentInfo.fromBER(
      der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength) as ArrayBuffer,
    );
    signed = new pkijs.SignedData({ schema: info.content });
  } catch {
    return fail("malformed");
  }
  const si = signed.signerInfos[0];
  const certs = (signed.certificates ?? []).filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
  if (!si || certs.length === 0) return fail("malformed");
  const sid = si.sid as pkijs.IssuerAndSerialNumber;
  const signerCert = certs.find((x) => sid.serialNumber && x.serialNumber.isEqual(sid.serialNumber)) ?? certs[0]!;
  const signer = commonName(signerCert.subject);

  // 1. The message digest in the signed attributes is the digest of the signed bytes.
  const attrs = si.signedAttrs?.attributes ?? [];
  const md = attrs.find((x) => x.type === OID_MESSAGE_DIGEST)?.values[0] as asn1js.OctetString | undefined;
  const algo = DIGESTS[si.digestAlgorithm.algorithmId];
  if (!md || !algo) return fail("malformed", signer);
  const digest = createHash(algo).update(signedBytes).digest();
  if (!Buffer.from(md.valueBlock.valueHexView).equals(digest)) return fail("tampered", signer);

  // 2. The signer's signature over the signed attributes (no chain yet).
  try {
    const sig = await signed.verify({
      signer: 0,
      data: toArrayBuffer(signedBytes),
      checkChain: false,
      extendedMode: true,
    });
    if (!sig.signatureVerified) return fail("tampered", signer);
  } catch {
    return fail("tampered", signer);
  }

  // 3. Validity, then the chain to a trusted root.
  const notBefore = signerCert.notBefore.value;
  const notAfter = signerCert.notAfter.value;
  if (now < notBefore || now > notAfter) return fail("expired", signer);
  const roots = parsePemCertificates(trustedRootsPem);
  try {
    const chain = new pkijs.CertificateChainValidationEngine({ trustedCerts: roots, certs, checkDate: now });
    const r = await chain.verify();
    if (!r.result) return fail("untrusted", signer);
  } catch {
    return fail("untrusted", signer);
  }
  const time = attrs.find((x) => x.type === OID_SIGNING_TIME)?.values[0] as asn1js.UTCTime | undefined;
  return { ok: true, signer, issuer: commonName(signerCert.issuer), signedAt: time?.toDate?.() ?? null, notAfter };
}
