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
