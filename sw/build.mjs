// Bundles the field app's service worker (sw/field-sw.ts, Serwist) into public/sw.js. Called by next.config.ts, so
// that `next build`, `next dev` and the demo all serve a worker made from the current source; also runnable alone:
// `node sw/build.mjs`.
import { buildSync } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

export function buildServiceWorker() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  buildSync({
    entryPoints: [path.join(root, "sw/field-sw.ts")],
    outfile: path.join(root, "public/sw.js"),
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2020",
    legalComments: "none",
    logLevel: "warning",
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) buildServiceWorker();
