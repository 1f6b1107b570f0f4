import "server-only";
import { env } from "@/lib/env";
import { pingClamd, scanBytes, type ClamdTarget } from "@/lib/scan/clamd";
import { logError } from "@/lib/log";

export type ScanOutcome =
  | { status: "NOT_SCANNED" } // no scanner configured: said so, never "clean"
  | { status: "PENDING" } // scanner configured but did not answer: the file waits for `npm run files:rescan`
  | { status: "CLEAN" }
  | { status: "INFECTED"; signature: string };

/** clamd from CLAMAV_SOCKET, or CLAMAV_HOST + CLAMAV_PORT; undefined when neither is set (the demo). */
export function clamdTarget(): ClamdTarget | undefined {
  const e = env();
  if (e.CLAMAV_SOCKET) return { socket: e.CLAMAV_SOCKET, port: e.CLAMAV_PORT, timeoutMs: e.CLAMAV_TIMEOUT_MS };
  if (e.CLAMAV_HOST) return { host: e.CLAMAV_HOST, port: e.CLAMAV_PORT, timeoutMs: e.CLAMAV_TIMEOUT_MS };
  return undefined;
}

export async function scanAttachment(bytes: Uint8Array): Promise<ScanOutcome> {
  const target = clamdTarget();
  if (!target) return { status: "NOT_SCANNED" };
  try {
    const v = await scanBytes(target, bytes);
    return v.infected ? { status: "INFECTED", signature: v.signature } : { status: "CLEAN" };
  } catch (e) {
    logError("clamd-scan", e);
    return { status: "PENDING" };
  }
}

/** Readiness: true when no scanner is configured (nothing to wait for) or clamd answers PING. */
export async function scannerReady(): Promise<boolean> {
  const target = clamdTarget();
  return target ? pingClamd(target) : true;
}
