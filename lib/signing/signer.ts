import "server-only";
import { readFileSync } from "node:fs";
import forge from "node-forge";
import { env } from "@/lib/env";
import { ensureDemoPki } from "@/lib/signing/demo-pki";

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
    throw new SigningConfigError(
      `Chứng thư số trong SIGNING_P12_PATH đã hết hạn ngày ${cert.validity.notAfter.toISOString().slice(0, 10)}.`,
    );
  }
  // forge hands a UTF8String's bytes back as a binary string: decode them, or Vietnamese names come out garbled.
  const cn = String(cert.subject.getField("CN")?.value ?? "");
  try {
    return forge.util.decodeUtf8(cn);
  } catch {
    return cn;
  }
}

let cached: SigningIdentity | undefined;

/** The signing identity, checked: a wrong path or password says which setting is wrong. */
export function signingIdentity(): SigningIdentity {
  if (cached) return cached;
  const e = env();
  if (!e.SIGNING_P12_PATH) {
    const demo = ensureDemoPki(e.SIGNING_DEMO_PKI_DIR);
    cached = { p12: demo.p12, password: demo.password, demo: true, subject: subjectOf(demo.p12, demo.password) };
    return cached;
  }
  let p12: Buffer;
  try {
    p12 = readFileSync(e.SIGNING_P12_PATH);
  } catch {
    throw new SigningConfigError(`SIGNING_P12_PATH: không đọc được tệp "${e.SIGNING_P12_PATH}".`);
  }
  let subject: string;
  try {
    subject = subjectOf(p12, e.SIGNING_P12_PASSWORD);
  } catch (err) {
    if (err instanceof SigningConfigError) throw err;
    throw new SigningConfigError(
      "SIGNING_P12_PASSWORD: mật khẩu không mở được tệp PKCS#12 (hoặc tệp không phải PKCS#12).",
    );
  }
  cached = { p12, password: e.SIGNING_P12_PASSWORD, demo: false, subject };
  return cached;
}

/** For tests that switch settings. */
export function resetSigningForTesting(): void {
  cached = undefined;
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
