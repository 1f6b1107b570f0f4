// The field app's service worker (issue 19), built with Serwist: bundled by esbuild into public/sw.js when Next loads
// its config (next.config.ts), registered by the field app with the scope /can-bo/thuc-dia — it controls that page
// only, and every request the page makes:
// - the page itself: network first, the last copy when there is no signal (the officer opened it online that day);
// - the day's list (/api/thuc-dia/danh-sach): network first, the last list offline;
// - the build's hashed assets (/_next/static): cache first (they never change under one name).
// Records made offline are not the worker's business: the page keeps them in IndexedDB and sends them itself when
// the connection returns (components/field/sync.ts), so that each record's state is shown and conflicts are decided.
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist } from "serwist";

export const FIELD_CACHES = { pages: "kc-field-pages", data: "kc-field-data", static: "kc-field-static" } as const;

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, url }) => request.mode === "navigate" && url.pathname.startsWith("/can-bo/thuc-dia"),
      handler: new NetworkFirst({ cacheName: FIELD_CACHES.pages, networkTimeoutSeconds: 6 }),
    },
    {
      matcher: ({ url }) => url.pathname === "/api/thuc-dia/danh-sach",
      handler: new NetworkFirst({ cacheName: FIELD_CACHES.data, networkTimeoutSeconds: 6 }),
    },
    {
      matcher: ({ url }) => url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: FIELD_CACHES.static,
        plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 86_400 })],
      }),
    },
  ],
});

serwist.addEventListeners();
