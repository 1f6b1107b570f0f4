import type { Cell, ReportTable } from "@/lib/reports/table";

// UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly (without the BOM it guesses the
// ANSI code page). Numbers are written plain (no thousands separators) so every locale reads them.
const BOM = "\uFEFF";

function escape(v: Cell, delimiter: string): string {
  if (v === null) return "";
  const s = typeof v === "number" ? String(v) : v;
  return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One table as CSV (RFC 4180, CRLF). Excel set to Vietnamese regional settings may prefer ";". */
export function toCsv(table: ReportTable, delimiter: "," | ";" = ","): string {
  const lines = [table.columns.map((c) => escape(c.header, delimiter)).join(delimiter)];
  for (const r of table.rows) lines.push(r.map((v) => escape(v, delimiter)).join(delimiter));
  return BOM + lines.join("\r\n") + "\r\n";
}

/**
 * The whole report as one CSV: its title and cut-off date, then every table (money tables included), each
 * under its own title, separated by a blank line. Dates inside are written DD/MM/YYYY.
 */
export function toCsvReport(
  tables: ReportTable[],
  meta: { title: string; subtitle: string },
  delimiter: "," | ";" = ",",
): string {
  const lines = [escape(meta.title, delimiter), escape(meta.subtitle, delimiter)];
  for (const t of tables) {
    lines.push("", escape(t.title, delimiter));
    if (t.note) lines.push(escape(t.note, delimiter));
    lines.push(t.columns.map((c) => escape(c.header, delimiter)).join(delimiter));
    for (const r of t.rows) lines.push(r.map((v) => escape(v, delimiter)).join(delimiter));
  }
  return BOM + lines.join("\r\n") + "\r\n";
}

/** "2026-06-30" → "30/06/2026" (ISO day as the documents write it). */
export function isoToVn(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}
