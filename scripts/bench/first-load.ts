// First-load JavaScript of the public pages: the JS files the server-rendered HTML references (script
// src + modulepreload), read from the production build and gzip-compressed as a browser would get them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { metric } from "./stats";

export const PUBLIC_PAGES: Array<[name: string, path: string]> = [["home", "/"], ["dang_nhap", "/dang-nhap"], ["tra_cuu", "/tra-cuu"], ["cong_khai", "/cong-khai"]];

/** Scripts a modern browser loads: `noModule` ones (the legacy polyfill bundle) are skipped by it. */
export function scriptsOf(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b([^>]*?)(?:src|href)="([^"]+\.js)"([^>]*)>/g)) {
    if (/\bnomodule\b/i.test(`${m[1]} ${m[3]}`)) continue;
    out.add(m[2]!.replace(/&amp;/g, "&"));
  }
  return [...out];
}

export async function benchFirstLoad(base: string, distDir: string): Promise<number> {
  let worst = 0;
  for (const [name, p] of PUBLIC_PAGES) {
    const res = await fetch(`${base}${p}`);
    if (res.status !== 200) {
      metric(`first_load_js_${name}`, "missing", `(HTTP ${res.status})`);
      continue;
    }
    let bytes = 0;
    for (const src of scriptsOf(await res.text())) {
      const rel = new URL(src, base).pathname.replace(/^\/_next\//, "");
      const file = path.join(distDir, decodeURIComponent(rel));
      if (!existsSync(file)) throw new Error(`Không tìm thấy ${file}`);
      bytes += gzipSync(readFileSync(file)).length;
    }
    worst = Math.max(worst, bytes);
    metric(`first_load_js_${name}`, Math.round(bytes / 102.4) / 10, "KB gzip");
  }
  return worst;
}
