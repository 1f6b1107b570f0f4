import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import forge from "node-forge";
import { env } from "@/lib/env";
import { ensureDemoPki, ensureDemoSigner } from "@/lib/signing/demo-pki";
import { toSearchText } from "@/lib/text";

// Who signs issued documents (issue 16). A DocumentSigner produces the CMS of a PDF's byte range; the local
// implementation uses a PKCS#12 file (SIGNING_P12_PATH + SIGNING_P12_PASSWORD), a remote signing service can
// stand behind the same interface. Without a configured file, the demo PKI signs (lib/signing/demo-pki.ts).

export type SigningIdentity = { p12: Buffer; password: string; demo: boolean; subject: string };

export class SigningConfigError extends Error {}

function subjectOf(p12: Buffer, password: string): string {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString("binary")));
  const pkcs12 = forge.pkcs12.pkcs12FromAsn1(asn1, password);
  const certBag = forge.pki.oids.certBag as string;
  const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag as string;
  const bags = pkcs12.getBags({ bagType: certBag })[certBag] ?? [];
  const keys = pkcs12.getBags({ bagType: keyBag })[keyBag] ?? [];
  if (keys.length === 0) throw new SigningConfigError("Tệp PKCS#12 không chứa khóa bí mật.");
  const cert = bags[0]?.cert;
  if (!cert) throw new SigningConfigError("Tệp PKCS#12 không chứa chứng thư số.");
  if (cert.validity.notAfter.getTime() < Date.now()) {
    throw new SigningConfigError(`Chứng thư số đã hết hạn ngày ${cert.validity.notAfter.toISOString().slice(0, 10)}.`);
  }
  // forge hands a UTF8String's bytes back as a binary string: decode them, or Vietnamese names come out garbled.
  const cn = String(cert.subject.getField("CN")?.value ?? "");
  try {
    return forge.util.decodeUtf8(cn);
  } catch {
    return cn;
  }
}

// The issuing body a document is being signed for (set around a document's rendering: lib/documents/issued.ts).
const issuerContext = new AsyncLocalStorage<string>();

/** Runs `fn` with the signing identity of one issuing body (its certificate in SIGNING_P12_DIR, or its demo signer). */
export function signingAs<T>(issuerName: string, fn: () => Promise<T>): Promise<T> {
  return issuerContext.run(issuerName, fn);
}

/** "Sở Công Thương tỉnh Bắc Ninh" → "so-cong-thuong-tinh-bac-ninh": the file name of that body's certificate. */
export function issuerSlug(issuerName: string): string {
  return toSearchText(issuerName)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const cached = new Map<string, SigningIdentity>();

function fromFile(file: string, password: string, setting: string): SigningIdentity {
  let p12: Buffer;
  try {
    p12 = readFileSync(file);
  } catch {
    throw new SigningConfigError(`${setting}: không đọc được tệp "${file}".`);
  }
  try {
    return { p12, password, demo: false, subject: subjectOf(p12, password) };
  } catch (err) {
    if (err instanceof SigningConfigError) throw err;
    throw new SigningConfigError(
      `${setting}: mật khẩu không mở được tệp PKCS#12 "${file}" (hoặc tệp không phải PKCS#12).`,
    );
  }
}

/**
 * The signing identity, checked (a wrong path or password says which setting is wrong). Per issuing body: its own
 * PKCS#12 in SIGNING_P12_DIR (`<slug>.p12`, password in `<slug>.pass` beside it or SIGNING_P12_PASSWORD); else the
 * one of SIGNING_P12_PATH; else, in the demo, a demo certificate in the body's own name under the demo CA.
 */
export function signingIdentity(): SigningIdentity {
  const issuer = issuerContext.getStore() ?? "";
  const hit = cached.get(issuer);
  if (hit) return hit;
  const e = env();
  const slug = issuer ? issuerSlug(issuer) : "";
  let id: SigningIdentity;
  const own = slug && e.SIGNING_P12_DIR ? path.join(e.SIGNING_P12_DIR, `${slug}.p12`) : null;
  if (own && existsSync(own)) {
    const passFile = path.join(e.SIGNING_P12_DIR!, `${slug}.pass`);
    const password = existsSync(passFile) ? readFileSync(passFile, "utf8").trim() : e.SIGNING_P12_PASSWORD;
    id = fromFile(own, password, "SIGNING_P12_DIR");
  } else if (e.SIGNING_P12_PATH) {
    id = fromFile(e.SIGNING_P12_PATH, e.SIGNING_P12_PASSWORD, "SIGNING_P12_PATH / SIGNING_P12_PASSWORD");
  } else {
    const demo =
      (slug ? ensureDemoSigner(e.SIGNING_DEMO_PKI_DIR, issuer, slug) : null) ?? ensureDemoPki(e.SIGNING_DEMO_PKI_DIR);
    id = { p12: demo.p12, password: demo.password, demo: true, subject: subjectOf(demo.p12, demo.password) };
  }
  cached.set(issuer, id);
  return id;
}

/** For tests that switch settings. */
export function resetSigningForTesting(): void {
  cached.clear();
}

/** At server start: a wrong signing setting is reported at once, naming the setting, not at the first signature. */
export function reportSigningConfig(log: (line: string) => void = console.error): void {
  try {
    const id = signingIdentity();
    if (id.demo)
      log(
        `[ký số] Dùng CA thử nghiệm (KHÔNG CÓ GIÁ TRỊ PHÁP LÝ) trong ${env().SIGNING_DEMO_PKI_DIR}; đặt SIGNING_P12_PATH và SIGNING_P12_PASSWORD cho môi trường thật.`,
      );
  } catch (err) {
    log(`[ký số] Cấu hình chữ ký số sai: ${err instanceof Error ? err.message : String(err)}`);
  }
}
