// `npm run lighthouse [-- --dist .next-h7] [--port 3137] [--mobile] [--database-url …] [--save dir]`
// Lighthouse (the npm package) in Debian's Chromium scores the public pages of the production build served
// on 127.0.0.1: performance (goal ≥ 95) and accessibility (goal 100), one line each (--save keeps each page's full
// report as <dir>/<page>.json, to read the largest contentful paint's element and the scripts behind it):
// `metric lighthouse_<page>_<category> <score>`. Desktop profile by default; --mobile for the throttled one.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { startServer } from "./bench/server";
import { freshDemoDatabase } from "./bench/demo-db";
import { PUBLIC_PAGES } from "./bench/first-load";
import { metric } from "./bench/stats";

const argv = process.argv.slice(2);
const opt = (k: string, d: string) => (argv.includes(k) ? (argv[argv.indexOf(k) + 1] ?? d) : d);

async function main(): Promise<void> {
  const url = argv.includes("--database-url") ? opt("--database-url", "") : await freshDemoDatabase("kc_lighthouse");
  const server = await startServer({
    distDir: opt("--dist", ".next-h7"),
    port: Number(opt("--port", "3137")),
    databaseUrl: url,
  });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  let failed = false;
  try {
    for (const [name, path] of PUBLIC_PAGES) {
      await fetch(`${server.base}${path}`); // warm the route once, as a returning visitor would find it
      const result = await lighthouse(
        `${server.base}${path}`,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] },
        argv.includes("--mobile") ? undefined : desktopConfig,
      );
      if (argv.includes("--save") && result) {
        mkdirSync(opt("--save", "."), { recursive: true });
        writeFileSync(`${opt("--save", ".")}/${name}.json`, JSON.stringify(result.lhr));
      }
      const cats = result?.lhr.categories;
      const perf = Math.round((cats?.performance?.score ?? 0) * 100);
      const a11y = Math.round((cats?.accessibility?.score ?? 0) * 100);
      metric(`lighthouse_${name}_performance`, perf);
      metric(`lighthouse_${name}_accessibility`, a11y);
      if (perf < 95 || a11y < 100) {
        failed = true;
        const audits = Object.values(result?.lhr.audits ?? {}).filter(
          (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative",
        );
        for (const a of audits.slice(0, 8)) console.log(`  ${name}: ${a.id} (${a.score}) ${a.displayValue ?? ""}`);
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error("lighthouse thất bại:", e);
  process.exit(1);
});
