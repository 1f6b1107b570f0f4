import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import forge from "node-forge";

// The demo PKI (issue 16): a CA and one signer certificate, created on first use when no real PKCS#12 is
// configured, so that `npm run demo` and the tests sign for real. Every name says it is a demo without legal
// value. Files: ca.pem (trust it to verify), signer.p12 (password in DEMO_P12_PASSWORD), both git-ignored.
export const DEMO_P12_PASSWORD = "demo-khong-co-gia-tri-phap-ly";
const LABEL = "DEMO — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ";

export type DemoPki = { caPem: string; p12: Buffer; password: string; dir: string };

function keyPair(): { publicKey: forge.pki.rsa.PublicKey; privateKey: forge.pki.rsa.PrivateKey } {
  // Node's native generator (fast), converted for forge's certificate builder.
  const { publicKey, privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey) as forge.pki.rsa.PublicKey,
    privateKey: forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey,
  };
}

function certificate(
  subject: forge.pki.CertificateField[],
  issuer: forge.pki.CertificateField[],
  key: forge.pki.rsa.PublicKey,
  signKey: forge.pki.rsa.PrivateKey,
  ca: boolean,
  years: number,
): forge.pki.Certificate {
  const c = forge.pki.createCertificate();
  c.publicKey = key;
  c.serialNumber = `01${randomBytes(8).toString("hex")}`;
  c.validity.notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  c.validity.notAfter = new Date(Date.now() + years * 365 * 24 * 3600 * 1000);
  c.setSubject(subject);
  c.setIssuer(issuer);
  c.setExtensions(
    ca
      ? [
          { name: "basicConstraints", cA: true, critical: true },
          { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
          { name: "subjectKeyIdentifier" },
        ]
      : [
          { name: "basicConstraints", cA: false },
          { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
          { name: "subjectKeyIdentifier" },
        ],
  );
  c.sign(signKey, forge.md.sha256.create());
  return c;
}

/** Creates the demo CA and signer in `dir` unless they exist; returns them. */
export function ensureDemoPki(dir: string): DemoPki {
  const caFile = path.join(dir, "ca.pem");
  const p12File = path.join(dir, "signer.p12");
  if (existsSync(caFile) && existsSync(p12File)) {
    return { caPem: readFileSync(caFile, "utf8"), p12: readFileSync(p12File), password: DEMO_P12_PASSWORD, dir };
  }
  mkdirSync(dir, { recursive: true });
  const caKeys = keyPair();
  // The CA's name is ASCII on purpose: node-forge (under @signpdf/signer-p12) re-encodes the issuer name of
  // the signer's certificate in the CMS, and a UTF-8 issuer comes out double-encoded — the verifier then
  // cannot find the certificate. Real Vietnamese CAs' names are ASCII too; the signer's own name may be UTF-8.
  const caName: forge.pki.CertificateField[] = [
    { name: "commonName", value: "Cong khuyen cong DEMO CA - KHONG CO GIA TRI PHAP LY" },
    { name: "organizationName", value: "Cong khuyen cong - moi truong thu nghiem" },
    { name: "countryName", value: "VN" },
  ];
  const ca = certificate(caName, caName, caKeys.publicKey, caKeys.privateKey, true, 10);
  const signerKeys = keyPair();
  const signerName: forge.pki.CertificateField[] = [
    {
      name: "commonName",
      value: `Sở Công Thương tỉnh Phú Thọ (${LABEL})`,
      valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
    },
    {
      name: "organizationName",
      value: "Sở Công Thương tỉnh Phú Thọ",
      valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
    },
    { name: "countryName", value: "VN" },
  ];
  const signer = certificate(signerName, caName, signerKeys.publicKey, caKeys.privateKey, false, 3);
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(signerKeys.privateKey, [signer, ca], DEMO_P12_PASSWORD, {
    algorithm: "3des",
    friendlyName: "demo-signer",
  });
  const p12 = Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), "binary");
  const caPem = forge.pki.certificateToPem(ca);
  writeFileSync(caFile, caPem);
  writeFileSync(p12File, p12);
  // The demo CA's key stays beside it (demo only) so each issuing body gets a signer certificate in its own name.
  writeFileSync(path.join(dir, "ca-key.pem"), forge.pki.privateKeyToPem(caKeys.privateKey));
  writeFileSync(
    path.join(dir, "README.txt"),
    `${LABEL}\nCA và chứng thư ký số thử nghiệm của Cổng khuyến công (npm run demo, kiểm thử).\nMật khẩu signer.p12: ${DEMO_P12_PASSWORD}\n`,
  );
  return { caPem, p12, password: DEMO_P12_PASSWORD, dir };
}

/**
 * The demo signer certificate of one issuing body (its name as the certificate's CN, "DEMO — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ"),
 * signed by the demo CA of `dir` and kept as signer-<slug>.p12; null when the CA's key is not there (a demo folder
 * made before this existed: its one signer is used).
 */
export function ensureDemoSigner(dir: string, issuerName: string, slug: string): DemoPki | null {
  const base = ensureDemoPki(dir);
  const file = path.join(dir, `signer-${slug}.p12`);
  if (existsSync(file)) return { ...base, p12: readFileSync(file) };
  const keyFile = path.join(dir, "ca-key.pem");
  if (!existsSync(keyFile)) return null;
  const caKey = forge.pki.privateKeyFromPem(readFileSync(keyFile, "utf8")) as forge.pki.rsa.PrivateKey;
  const ca = forge.pki.certificateFromPem(base.caPem);
  const keys = keyPair();
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
  const subject: forge.pki.CertificateField[] = [
    { name: "commonName", value: `${issuerName} (${LABEL})`, valueTagClass: utf8 },
    { name: "organizationName", value: issuerName, valueTagClass: utf8 },
    { name: "countryName", value: "VN" },
  ];
  const cert = certificate(
    subject,
    ca.subject.attributes as forge.pki.CertificateField[],
    keys.publicKey,
    caKey,
    false,
    3,
  );
  const p12 = Buffer.from(
    forge.asn1
      .toDer(
        forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, ca], DEMO_P12_PASSWORD, {
          algorithm: "3des",
          friendlyName: slug,
        }),
      )
      .getBytes(),
    "binary",
  );
  writeFileSync(file, p12);
  return { ...base, p12 };
}
