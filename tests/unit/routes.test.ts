// Routes as code (issue 14): every builder of lib/routes names a page that exists under app/, and lib/ holds no
// page address as a string of its own.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { routes } from "@/lib/routes";

const ROOT = join(__dirname, "..", "..");
const APP = join(ROOT, "app");

/** Every address the builders make, with sample ids. */
function addresses(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (typeof node === "function") out.push((node as (...a: string[]) => string)("id-1", "id-2"));
  else if (node && typeof node === "object") for (const v of Object.values(node)) addresses(v, out);
  return out;
}

/** The page (or route handler) serving a path: a literal folder, else a dynamic [segment] one; no route groups here. */
function pageFor(path: string): string | null {
  let dir = APP;
  for (const seg of path.split("?")[0]!.split("/").filter(Boolean)) {
    if (existsSync(join(dir, decodeURIComponent(seg))) && statSync(join(dir, decodeURIComponent(seg))).isDirectory()) {
      dir = join(dir, decodeURIComponent(seg));
      continue;
    }
    const dynamic = readdirSync(dir).find((n) => /^\[[^.\]]+\]$/.test(n));
    if (!dynamic) return null;
    dir = join(dir, dynamic);
  }
  for (const f of ["page.tsx", "route.ts"]) if (existsSync(join(dir, f))) return relative(ROOT, join(dir, f));
  return null;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === "generated") continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

describe("routes as code", () => {
  it("every builder names an existing page", () => {
    const all = addresses(routes);
    expect(all.length).toBeGreaterThan(30);
    const missing = all.filter((a) => !pageFor(a));
    expect(missing).toEqual([]);
  });

  it("builds query strings and escapes ids", () => {
    expect(routes.staff.dossier("a b", { xong: "approve" })).toBe("/can-bo/ho-so/a%20b?xong=approve");
    expect(routes.ministry.decisions({ xong: "approve", nam: null })).toBe("/bo-cong-thuong/quyet-dinh?xong=approve");
    expect(routes.ministry.decisions()).toBe("/bo-cong-thuong/quyet-dinh");
  });

  it("leaves no page address as a string in lib/ outside lib/routes", () => {
    const PAGE =
      /["`]\/(can-bo|lanh-dao|doanh-nghiep|quan-tri|bo-cong-thuong|quyet-dinh|hoi-dong|thong-bao|tai-khoan|dang-ky|dang-nhap|sau-dang-nhap)\b/;
    const found: string[] = [];
    for (const f of walk(join(ROOT, "lib"))) {
      if (relative(ROOT, f).startsWith("lib/routes/")) continue;
      readFileSync(f, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const code = line.trim();
          if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/**")) return;
          if (PAGE.test(line)) found.push(`${relative(ROOT, f)}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});
