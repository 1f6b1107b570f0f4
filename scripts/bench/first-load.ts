// First-load JavaScript of the public pages: the JS files the server-rendered HTML references (script
// src + modulepreload), read from the production build and compressed as a browser would get them: gzip
// (what `next start` sends) and brotli (what a CDN or reverse proxy in front sends modern browsers).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { metric } from "./stats";

export const PUBLIC_PAGES: Array<[name: string, path: string]> = [
  ["home", "/"],
  ["dang_nhap", "/dang-nhap"],
  ["tra_cuu", "/tra-cuu"],
  ["cong_khai", "/cong-khai"],
];

/** Scripts a modern browser loads: `noModule` ones (the legacy polyfill bundle) are skipped by it. */
export function scriptsOf(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b([^>]*?)(?:src|href)="([^"]+\.js)"([^>]*)>/g)) {
    if (/\bnomodule\b/i.test(`${m[1]} ${m[3]}`)) continue;
    out.add(m[2]!.replace(/&amp;/g, "&"));
  }
  return [...out];
}

export async function benchFirstLoad(base: string, distDir: string): Promise<{ gzip: number; brotli: number }> {
  const worst = { gzip: 0, brotli: 0 };
  for (const [name, p] of PUBLIC_PAGES) {
    const res = await fetch(`${base}${p}`);
    if (res.status !== 200) {
      metric(`first_load_js_${name}`, "missing", `(HTTP ${res.status})`);
      continue;
    }
    const bytes = { gzip: 0, brotli: 0 };
    for (const src of scriptsOf(await res.text())) {
      const rel = new URL(src, base).pathname.replace(/^\/_next\//, "");
      const file = path.join(distDir, decodeURIComponent(rel));
      if (!existsSync(file)) throw new Error(`Không tìm thấy ${file}`);
      const raw = readFileSync(file);
      bytes.gzip += gzipSync(raw).length;
      bytes.brotli += brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    worst.gzip = Math.max(worst.gzip, bytes.gzip);
    worst.brotli = Math.max(worst.brotli, bytes.brotli);
    metric(`first_load_js_${name}`, Math.round(bytes.gzip / 102.4) / 10, "KB gzip");
    metric(`first_load_js_${name}_brotli`, Math.round(bytes.brotli / 102.4) / 10, "KB brotli");
  }
  return worst;
}
