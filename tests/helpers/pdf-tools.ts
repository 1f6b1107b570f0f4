import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Real clients of the PDFs the portal issues (Debian poppler-utils and NSS tools): pdfsig with an NSS
// database that trusts the given CA, pdffonts, pdftotext.

export function nssDbTrusting(caPem: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kc-nss-"));
  writeFileSync(path.join(dir, "ca.pem"), caPem);
  execFileSync("certutil", ["-N", "-d", `sql:${dir}`, "--empty-password"]);
  execFileSync("certutil", ["-A", "-d", `sql:${dir}`, "-n", "demo-ca", "-t", "CT,C,C", "-i", path.join(dir, "ca.pem")]);
  return dir;
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    // pdfsig exits non-zero on an invalid signature; its report is what the test reads.
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ""}${err.stderr ?? ""}`;
  }
}

export function writeTemp(bytes: Uint8Array, name = "doc.pdf"): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kc-pdf-")), name);
  writeFileSync(file, bytes);
  return file;
}

export const pdfsig = (file: string, nssDir: string) => run("pdfsig", ["-nssdir", `sql:${nssDir}`, file]);
export const pdffonts = (file: string) => run("pdffonts", [file]);
export const pdftotext = (file: string) => run("pdftotext", ["-layout", file, "-"]);
