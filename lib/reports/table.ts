// A report table independent of its file format: the xlsx and csv writers and the print view share it.
export type ColumnKind = "text" | "int" | "money" | "percent" | "decimal";
export type Cell = string | number | null;
export type ReportColumn = { header: string; kind: ColumnKind; width?: number };
export type ReportTable = { sheet: string; title: string; columns: ReportColumn[]; rows: Cell[][]; note?: string };

/** Integer VND (decimal string) → number for a spreadsheet cell; exact below 2^53 đồng (9 triệu tỷ). */
export function vndCell(vnd: string | null): number | null {
  return vnd === null ? null : Number(vnd);
}

/** Basis points → a fraction Excel formats as a percentage (5280 → 0,528 → "52,8%"). */
export function bpCell(bp: number | null): number | null {
  return bp === null ? null : bp / 10_000;
}
