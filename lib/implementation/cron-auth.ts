import { timingSafeEqual } from "node:crypto";

// Pure check of a scheduler's call: off (503) without a configured secret, 401 without the right bearer.
export type CronAuth = "ok" | "unauthorized" | "disabled";

export function checkCronAuth(authorization: string | null, secret: string | undefined): CronAuth {
  if (!secret) return "disabled";
  const given = authorization?.startsWith("Bearer ") ? authorization.slice("Bearer ".length) : "";
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b) ? "ok" : "unauthorized";
}
