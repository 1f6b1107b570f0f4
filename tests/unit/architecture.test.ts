// Boundaries the tools enforce (issue 14): no import loop between lib/ folders (types included), every module that
// touches the database, the session or secrets is marked `server-only`, and the pure core does no I/O.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const LIB = join(ROOT, "lib");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === "generated" || name === "node_modules") continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

const FILES = walk(LIB);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^;]*?\s+from\s+)?["']([^"']+)["']/g;

function imports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  return [...src.matchAll(IMPORT)].map((m) => m[1]!);
}

/** The folder a lib file belongs to: lib/<folder>/… → "<folder>", lib/<file>.ts → "<file>". */
function folderOf(abs: string): string | null {
  const rel = relative(LIB, abs);
  if (rel.startsWith("..")) return null;
  const parts = rel.split("/");
  return parts.length === 1 ? parts[0]!.replace(/\.tsx?$/, "") : parts[0]!;
}

function resolveSpec(file: string, spec: string): string | null {
  if (spec.startsWith("@/")) return normalize(join(ROOT, spec.slice(2)));
  if (spec.startsWith(".")) return normalize(join(dirname(file), spec));
  return null;
}

describe("architecture boundaries", () => {
  it("has no import loop between lib/ folders (type imports included)", () => {
    const edges = new Map<string, Map<string, string>>();
    for (const f of FILES) {
      const a = folderOf(f)!;
      for (const spec of imports(f)) {
        const target = resolveSpec(f, spec);
        const b = target ? folderOf(target) : null;
        if (!b || b === a || b === "generated") continue;
        if (!edges.has(a)) edges.set(a, new Map());
        if (!edges.get(a)!.has(b)) edges.get(a)!.set(b, `${relative(ROOT, f)} → ${spec}`);
      }
    }
    // Depth-first search for a back edge; report the loop with one import per step.
    const state = new Map<string, "open" | "done">();
    const path: string[] = [];
    let loop: string[] | null = null;
    const visit = (v: string): void => {
      if (loop) return;
      state.set(v, "open");
      path.push(v);
      for (const w of edges.get(v)?.keys() ?? []) {
        if (state.get(w) === "open") {
          const cycle = [...path.slice(path.indexOf(w)), w];
          loop = cycle.slice(0, -1).map((x, i) => edges.get(x)!.get(cycle[i + 1]!)!);
          return;
        }
        if (!state.has(w)) visit(w);
        if (loop) return;
      }
      path.pop();
      state.set(v, "done");
    };
    for (const v of edges.keys()) if (!state.has(v)) visit(v);
    expect(loop, `import loop: ${(loop ?? []).join("  ⟶  ")}`).toBeNull();
  });

  // What "touches the database, the session or secrets" means here: a value import of the database client, the
  // generated Prisma client, the server-held session / next-auth instance, or the validated environment.
  const SENSITIVE = [
    /^@\/lib\/db(\/.*)?$/,
    /^@\/lib\/generated\/prisma\/client$/,
    /^@\/lib\/auth\/(session|server-session|auth)$/,
    /^@\/lib\/env$/,
  ];

  it('marks every lib module that touches the database, the session or secrets with import "server-only"', () => {
    const missing: string[] = [];
    for (const f of FILES) {
      const src = readFileSync(f, "utf8");
      if (/^\s*["']use (server|client)["']/.test(src)) continue; // actions: server by directive; client: never sensitive
      const valueImports = [
        ...src.matchAll(/(?:^|\n)\s*import\s+(?!type\s)(?:[^;]*?\s+from\s+)?["']([^"']+)["']/g),
      ].map((m) => m[1]!);
      if (!valueImports.some((s) => SENSITIVE.some((re) => re.test(s)))) continue;
      if (!/^import "server-only";$/m.test(src)) missing.push(relative(ROOT, f));
    }
    expect(missing).toEqual([]);
  });

  it("keeps the pure core free of I/O (no database, environment, files, network)", () => {
    const PURE = FILES.filter((f) => {
      const rel = relative(ROOT, f);
      if (/^lib\/rules\/(load|load-verdict|queries|mutations|actions)\.ts$/.test(rel)) return false;
      return /^lib\/(rules\/[^/]+|metrics\/.+|calendar\/.+|routes\/.+|money|money-words|dates|text|auth\/permissions|proposals\/workflow|funding\/advance-rules)\.ts$/.test(
        rel,
      );
    });
    expect(PURE.length).toBeGreaterThan(20);
    const bad: string[] = [];
    for (const f of PURE) {
      const src = readFileSync(f, "utf8");
      for (const m of src.matchAll(/(?:^|\n)\s*import\s+(?!type\s)(?:[^;]*?\s+from\s+)?["']([^"']+)["']/g)) {
        const s = m[1]!;
        if (
          /^(@\/lib\/db|@\/lib\/env$|server-only$|node:(fs|net|http|https|child_process|dns)|pg$|pg-boss$|nodemailer$|@aws-sdk\/)/.test(
            s,
          ) ||
          s === "@/lib/generated/prisma/client"
        )
          bad.push(`${relative(ROOT, f)} imports ${s}`);
      }
      if (/process\.env/.test(src)) bad.push(`${relative(ROOT, f)} reads process.env`);
    }
    expect(bad).toEqual([]);
  });

  it("reads the environment only in lib/env.ts (validated with zod)", () => {
    const readers = FILES.filter((f) => /process\.env/.test(readFileSync(f, "utf8"))).map((f) => relative(ROOT, f));
    expect(readers).toEqual(["lib/env.ts"]);
  });
});
