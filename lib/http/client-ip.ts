// The client address every rate limit and audit record uses. The portal's own HTTP server
// (scripts/server.ts) computes it from the TCP peer and the number of trusted reverse-proxy hops
// (TRUSTED_PROXY_HOPS), strips any copy of the header the client sent, and passes it on in
// CLIENT_IP_HEADER. Nothing else a client sends (X-Forwarded-For, X-Real-IP) is ever trusted here.
export const CLIENT_IP_HEADER = "x-kc-client-ip";

/**
 * The address seen through `hops` trusted proxies: with 0 hops the TCP peer itself; with n hops the
 * n-th X-Forwarded-For entry from the right (each trusted proxy appends the address it saw), falling
 * back to the left-most entry when the header is shorter than promised.
 */
export function resolveClientIp(
  remoteAddress: string | undefined,
  forwardedFor: string | undefined,
  hops: number,
): string {
  const peer = normalise(remoteAddress ?? "") || "unknown";
  if (hops <= 0) return peer;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => normalise(s.trim()))
    .filter(Boolean);
  if (chain.length === 0) return peer;
  return chain[Math.max(0, chain.length - hops)] ?? peer;
}

function normalise(addr: string): string {
  return addr.startsWith("::ffff:") ? addr.slice(7) : addr;
}

/** The client address of a request, as set by the portal's server; "unknown" outside it. */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER)?.trim() || "unknown";
}
