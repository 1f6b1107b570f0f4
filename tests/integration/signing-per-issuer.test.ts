// Issue 16: each issuing body signs with its own certificate — its PKCS#12 in SIGNING_P12_DIR (named after it), or in
// the demo a demo certificate in its own name under the demo CA — so a Bắc Ninh document is never signed as Phú Thọ.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { resetEnvForTesting } from "@/lib/env";
import { DEMO_P12_PASSWORD } from "@/lib/signing/demo-pki";
import {
  issuerSlug,
  resetSigningForTesting,
  SigningConfigError,
  signingAs,
  signingIdentity,
} from "@/lib/signing/signer";

const saved = { ...process.env };
const PHU_THO = "Sở Công Thương tỉnh Phú Thọ";
const BAC_NINH = "Sở Công Thương tỉnh Bắc Ninh";

function settings(vars: Record<string, string | undefined>): void {
  for (const k of ["SIGNING_P12_PATH", "SIGNING_P12_PASSWORD", "SIGNING_P12_DIR", "SIGNING_DEMO_PKI_DIR"])
    delete process.env[k];
  for (const [k, v] of Object.entries(vars)) if (v !== undefined) process.env[k] = v;
  resetEnvForTesting();
  resetSigningForTesting();
}

beforeEach(() => settings({ SIGNING_DEMO_PKI_DIR: mkdtempSync(path.join(tmpdir(), "kc-pki-")) }));
afterAll(() => {
  process.env = saved;
  resetEnvForTesting();
  resetSigningForTesting();
});

describe("signing identity per issuing body", () => {
  it("the demo gives each body a certificate in its own name", async () => {
    const pt = await signingAs(PHU_THO, async () => signingIdentity());
    const bn = await signingAs(BAC_NINH, async () => signingIdentity());
    expect(pt.subject).toContain(PHU_THO);
    expect(bn.subject).toContain(BAC_NINH);
    expect(bn.subject).not.toContain("Phú Thọ");
    expect(pt.demo && bn.demo).toBe(true);
    expect(issuerSlug(BAC_NINH)).toBe("so-cong-thuong-tinh-bac-ninh");
  });

  it("uses the body's own PKCS#12 from SIGNING_P12_DIR, with its .pass file, and names the setting when the password is wrong", async () => {
    // A "real" certificate for Bắc Ninh: made here by a separate demo CA, copied in under the body's slug.
    const other = mkdtempSync(path.join(tmpdir(), "kc-other-"));
    const made = await (async () => {
      settings({ SIGNING_DEMO_PKI_DIR: other });
      return signingAs(BAC_NINH, async () => signingIdentity());
    })();
    const dir = mkdtempSync(path.join(tmpdir(), "kc-p12dir-"));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "so-cong-thuong-tinh-bac-ninh.p12"), made.p12);
    writeFileSync(path.join(dir, "so-cong-thuong-tinh-bac-ninh.pass"), `${DEMO_P12_PASSWORD}\n`);
    settings({ SIGNING_P12_DIR: dir, SIGNING_DEMO_PKI_DIR: mkdtempSync(path.join(tmpdir(), "kc-pki-")) });
    const bn = await signingAs(BAC_NINH, async () => signingIdentity());
    expect(bn.demo).toBe(false);
    expect(bn.subject).toContain(BAC_NINH);
    // A body without a file of its own falls back to the demo (no SIGNING_P12_PATH set).
    expect((await signingAs(PHU_THO, async () => signingIdentity())).demo).toBe(true);

    writeFileSync(path.join(dir, "so-cong-thuong-tinh-bac-ninh.pass"), "sai-mat-khau");
    resetSigningForTesting();
    const e = await signingAs(BAC_NINH, async () => signingIdentity()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SigningConfigError);
    expect((e as Error).message).toContain("SIGNING_P12_DIR");
  });
});
