import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import uiEn from "@/messages/en.json";
import uiVi from "@/messages/vi.json";
import libEn from "@/messages/lib/en.json";
import libVi from "@/messages/lib/vi.json";
import clientNamespaces from "@/lib/i18n/client-namespaces.json";

// The message catalogs (issue 14.1): both languages hold the same keys, every message is valid ICU with the same
// parameters in both, every key the code asks for exists, and the browser receives every namespace a client
// component reads.

type Tree = { [k: string]: string | Tree };
// The pages' catalog and lib/'s (messages/lib/*.json, read as the "lib" namespace).
const vi: Tree = { ...(uiVi as Tree), lib: libVi as Tree };
const en: Tree = { ...(uiEn as Tree), lib: libEn as Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

function argNames(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const opt of Object.values(el.options)) argNames(opt.value, out);
    if (el.type === TYPE.tag) argNames(el.children, out);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

const viLeaves = leaves(vi as Tree);
const enLeaves = leaves(en as Tree);

function lookup(tree: Tree, dotted: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return node;
}

describe("message catalogs", () => {
  it("hold the same keys in Vietnamese and English", () => {
    const onlyVi = [...viLeaves.keys()].filter((k) => !enLeaves.has(k));
    const onlyEn = [...enLeaves.keys()].filter((k) => !viLeaves.has(k));
    expect({ onlyVi, onlyEn }).toEqual({ onlyVi: [], onlyEn: [] });
    expect(viLeaves.size).toBeGreaterThan(1500);
  });

  it("are valid ICU messages with the same parameters in both languages", () => {
    const bad: string[] = [];
    for (const [key, v] of viLeaves) {
      const e = enLeaves.get(key);
      if (e === undefined) continue;
      try {
        const a = [...argNames(parse(v))].sort();
        const b = [...argNames(parse(e))].sort();
        // The same parameters, or one language deliberately leaving some out (a Vietnamese-only legal reference).
        const subset = (x: string[], y: string[]) => x.every((n) => y.includes(n));
        if (!subset(a, b) && !subset(b, a)) bad.push(`${key}: {${a}} ≠ {${b}}`);
      } catch (err) {
        bad.push(`${key}: ${(err as Error).message}`);
      }
      if (!v.trim() || !e.trim()) bad.push(`${key}: empty`);
    }
    expect(bad).toEqual([]);
  });

  it("contain every key the pages and components ask for, in the namespace they read", () => {
    const missing: string[] = [];
    const unlisted: string[] = [];
    for (const file of [...sourceFiles("app"), ...sourceFiles("components")]) {
      const code = fs.readFileSync(file, "utf8");
      const namespaces = [
        ...code.matchAll(/(?:translator\([^,()]+(?:\([^()]*\))?, |useTranslations\()"([^"]+)"\)/g),
      ].map((m) => m[1]!);
      if (!namespaces.length) continue;
      // useTranslations runs in client components (and in components shared with them): the browser needs its namespace.
      for (const m of code.matchAll(/useTranslations\("([^"]+)"\)/g))
        if (![...clientNamespaces.global, ...clientNamespaces.page].includes(m[1]!)) unlisted.push(`${file}: ${m[1]}`);
      // A file reads one namespace (its own path); every literal key and every key prefix must be in it.
      const ns = namespaces[0]!;
      for (const other of namespaces) expect(other, file).toBe(ns);
      for (const m of code.matchAll(/\bt\("([^"]+)"/g)) {
        if (typeof lookup(vi as Tree, `${ns}.${m[1]}`) !== "string") missing.push(`${file}: ${ns}.${m[1]}`);
      }
      for (const m of code.matchAll(/\bt\(`([A-Za-z]+)\.\$\{/g)) {
        if (typeof lookup(vi as Tree, `${ns}.${m[1]}`) !== "object") missing.push(`${file}: ${ns}.${m[1]}.*`);
      }
    }
    expect(missing).toEqual([]);
    expect(unlisted).toEqual([]);
  });

  it("contain every key lib/ hands to the UI (libText tokens)", () => {
    const missing: string[] = [];
    const files = sourceFiles("lib").filter((f) => !f.includes("generated"));
    for (const file of files)
      for (const m of fs.readFileSync(file, "utf8").matchAll(/libText\("([^"]+)"/g))
        if (typeof lookup(libVi as Tree, m[1]!) !== "string") missing.push(`${file}: ${m[1]}`);
    expect(missing).toEqual([]);
  });

  it("reach the browser page by page: each page hands over what its client components read, beyond the global ones", () => {
    const files = [...sourceFiles("app"), ...sourceFiles("components")];
    const code = new Map(files.map((f) => [f, fs.readFileSync(f, "utf8")]));
    const resolve = (spec: string, from: string): string | null => {
      const base = spec.startsWith("@/")
        ? spec.slice(2)
        : spec.startsWith(".")
          ? path.normalize(path.join(path.dirname(from), spec))
          : null;
      if (!base) return null;
      return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((c) => code.has(c)) ?? null;
    };
    const reads = (f: string) => [...code.get(f)!.matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => m[1]!);
    const needed = (entry: string): Set<string> => {
      const seen = new Set([entry]);
      const stack = [entry];
      while (stack.length) {
        const f = stack.pop()!;
        for (const m of code.get(f)!.matchAll(/from "([^"]+)"/g)) {
          const r = resolve(m[1]!, f);
          if (r && !seen.has(r)) seen.add(r) && stack.push(r);
        }
      }
      return new Set([...seen].flatMap(reads));
    };
    const global = new Set(clientNamespaces.global);
    const gaps: string[] = [];
    const extra: string[] = [];
    for (const f of files.filter((x) => /\/(page|layout|error|not-found|forbidden)\.tsx$/.test(x))) {
      const listed = /withMessages\(\w+, \[([^\]]*)\]\)/.exec(code.get(f)!);
      const given = new Set(listed ? [...listed[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : []);
      const need = needed(f);
      for (const n of need) if (!global.has(n) && !given.has(n)) gaps.push(`${f}: ${n}`);
      for (const n of given) if (!need.has(n)) extra.push(`${f}: ${n}`);
    }
    expect(gaps).toEqual([]);
    expect(extra).toEqual([]);
  });

  it("leave no inline two-language helper in the pages and components", () => {
    const copies: string[] = [];
    for (const file of [...sourceFiles("app"), ...sourceFiles("components")]) {
      const code = fs.readFileSync(file, "utf8");
      if (/\(\s*\w+: string,\s*\w+: string\s*\)\s*=>\s*\(?\s*(?:locale === "vi"|vi)\s*\?/.test(code)) copies.push(file);
    }
    expect(copies).toEqual([]);
  });
});
