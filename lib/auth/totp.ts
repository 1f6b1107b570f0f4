import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";

// TOTP (RFC 6238: 6 digits, 30-second steps, SHA-1 — what every authenticator app reads from a QR code)
// and one-time recovery codes. No I/O.
export const TOTP_ISSUER = "Cổng khuyến công";
/** One step either side: a phone clock 30 s off still works (RFC 6238 §5.2 recommends at most one). */
const TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: account, secret });
}

/** True when `code` (spaces ignored) is the current code of `secret`, within one step. */
export async function checkTotp(secret: string, code: string, now = new Date()): Promise<boolean> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return false;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
  });
  return result.valid;
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

/** Ten recovery codes "XXXXX-XXXXX" (50 bits each), shown once. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => ALPHABET[b % 32]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** High-entropy random codes need no slow hash: SHA-256 of the normalised code. */
export function hashRecoveryCode(code: string): string {
  const norm = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return createHash("sha256").update(`kc-recovery:${norm}`).digest("hex");
}
