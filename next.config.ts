import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_BODY_MB } from "./lib/http/limits";
import { buildServiceWorker } from "./sw/build.mjs";

// The field app's service worker (sw/field-sw.ts, Serwist) is bundled into public/sw.js whenever Next loads this
// config — build, dev, start and the demo alike — so it is never stale against its source.
buildServiceWorker();

// Pages get a per-request nonce-based Content-Security-Policy from proxy.ts (lib/http/csp.ts); route
// handlers answer data, never markup to run: nothing at all may load from them.
const apiCsp = "default-src 'none'; frame-ancestors 'none'";

// Responses are gzip-compressed by the portal itself unless HTTP_COMPRESSION=off: behind a reverse proxy that
// compresses (nginx `gzip on`, most ingresses), compressing in the instance too only costs it CPU (issue 21: 2–16 ms of
// the instance's CPU per page view, measured in BENCHMARKS.md). lib/env.ts validates the value at start-up.
const httpCompression = process.env.HTTP_COMPRESSION !== "off";

const nextConfig: NextConfig = {
  compress: httpCompression,
  // Each concurrent build/test run may use its own folder (helpers and CI run in one tree).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite and its adapter break when bundled; load them from node_modules at run time.
  // The PDF and signing libraries (issue 16) read fonts and use Node crypto: loaded from node_modules too.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "pdf-lib",
    "@pdf-lib/fontkit",
    "@signpdf/signpdf",
    "@signpdf/signer-p12",
    "@signpdf/placeholder-pdf-lib",
    "@signpdf/utils",
    "node-forge",
  ],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (tsc --noEmit) before building; no second pass here.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Above the 10 MB per-file limit, so that an 11 MB file reaches the action and gets its message next
    // to the field; scripts/server.ts answers 413 to anything declared larger (lib/http/limits.ts).
    serverActions: { bodySizeLimit: `${MAX_BODY_MB}mb` },
    // proxy.ts runs on every page request; Next cuts bodies passing through it at 10 MB by default
    // ("Unexpected end of form" in the action), so it gets the same limit.
    proxyClientMaxBodySize: `${MAX_BODY_MB}mb`,
    // forbidden() → app/forbidden.tsx with status 403 (another role's page).
    authInterrupts: true,
  },
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
      { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
    ];
    return [
      { source: "/:path*", headers: common },
      // The field app takes photos and, with the officer's consent, the position (issue 19): only on its own page.
      {
        source: "/can-bo/thuc-dia",
        headers: [{ key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(self)" }],
      },
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiCsp }] },
    ];
  },
};

// next-intl: the message catalogs (messages/*.json) and the request configuration in lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
