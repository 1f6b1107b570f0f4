import ExcelJS from "exceljs";
import { isToken, renderText } from "@/lib/i18n/lib-text";
import { toSearchText } from "@/lib/text";
import type { ColumnSpec } from "@/lib/import/columns";

// Reads the data sheets of an uploaded workbook into plain strings keyed by column, with Excel row numbers.

/** One problem of the file; `message` reads in Vietnamese, `text` is the catalog token when it has one (lib/i18n). */
export type ImportIssue = { sheet: string; row: number | null; column: string | null; message: string; text?: string };

/** An issue whose message may be a catalog token (tax code, amount): Vietnamese message, token kept for the visitor. */
export function issueOf(sheet: string, row: number | null, column: string | null, message: string): ImportIssue {
  return isToken(message)
    ? { sheet, row, column, message: renderText(message), text: message }
    : { sheet, row, column, message };
}
export type SheetRow<K extends string> = { row: number; cells: Record<K, string> };

/** Any cell value exceljs may give (number, date, rich text, formula, hyperlink) as the text a person sees. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "có" : "không";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value)
    return value.richText
      .map((r) => r.text)
      .join("")
      .trim();
  if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ("text" in value) return String(value.text).trim();
  if ("error" in value) return "";
  return "";
}

export async function loadWorkbook(bytes: ArrayBuffer): Promise<ExcelJS.Workbook | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
    return wb;
  } catch {
    return null;
  }
}

/** Rows of one sheet (header on row 1); blank rows are skipped; missing required headers are reported. */
export function readSheet<K extends string>(
  wb: ExcelJS.Workbook,
  sheet: string,
  columns: readonly (ColumnSpec & { key: K })[],
  maxRows: number,
): { rows: SheetRow<K>[]; issues: ImportIssue[]; present: boolean } {
  const ws = wb.worksheets.find((w) => toSearchText(w.name) === toSearchText(sheet));
  if (!ws) return { rows: [], issues: [], present: false };
  const issues: ImportIssue[] = [];
  const positions = new Map<K, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const text = toSearchText(cellText(cell.value).replace(/\(\*\)|\*/g, ""));
    const spec = columns.find((c) => toSearchText(c.header) === text);
    if (spec) positions.set(spec.key, col);
  });
  for (const c of columns) {
    if (c.required && !positions.has(c.key))
      issues.push({ sheet, row: 1, column: c.header, message: `Thiếu cột bắt buộc “${c.header}” ở dòng tiêu đề.` });
  }
  const rows: SheetRow<K>[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = {} as Record<K, string>;
    for (const c of columns) {
      const at = positions.get(c.key);
      cells[c.key] = at ? cellText(row.getCell(at).value) : "";
    }
    if (Object.values<string>(cells).every((v) => v === "")) return;
    rows.push({ row: rowNumber, cells });
  });
  if (rows.length > maxRows)
    issues.push({
      sheet,
      row: null,
      column: null,
      message: `Tối đa ${maxRows} dòng mỗi sheet; tệp có ${rows.length} dòng. Vui lòng tách tệp.`,
    });
  return { rows, issues, present: true };
}
