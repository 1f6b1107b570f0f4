import "server-only";
import { readFileSync } from "node:fs";
import { env } from "@/lib/env";
import { ensureDemoPki } from "@/lib/signing/demo-pki";
import { SigningConfigError } from "@/lib/signing/signer";

/** The roots a PDF signed elsewhere must chain to: SIGNING_TRUSTED_ROOTS, or the demo CA when it is unset. */
export function trustedRootsPem(): string {
  const e = env();
  if (!e.SIGNING_TRUSTED_ROOTS) return ensureDemoPki(e.SIGNING_DEMO_PKI_DIR).caPem;
  try {
    return readFileSync(e.SIGNING_TRUSTED_ROOTS, "utf8");
  } catch {
    throw new SigningConfigError(`SIGNING_TRUSTED_ROOTS: không đọc được tệp "${e.SIGNING_TRUSTED_ROOTS}".`);
  }
}
