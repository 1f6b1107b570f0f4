// The pages' Content-Security-Policy: scripts run only with this request's nonce (Next puts it on its own
// scripts when it finds it in the request's CSP header) or when loaded by such a script ('strict-dynamic');
// no inline script, no eval in production. Styles stay 'unsafe-inline': charts and React set style
// attributes, which cannot carry a nonce and cannot run code.
import "server-only";
import { env } from "@/lib/env";

export function pageCsp(nonce: string, dev = env().NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The field app's service worker (public/sw.js); no other worker.
    "worker-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
