import ExcelJS from "exceljs";
import type { ColumnKind, ReportTable } from "@/lib/reports/table";

// Numbers are stored as numbers with a number format, so Excel and LibreOffice show them with the reader's
// separators (vi-VN: 1.234.567) and can still sum them; text is UTF-8 in the xlsx XML, so Vietnamese is intact.
const NUM_FMT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  int: "#,##0",
  money: "#,##0",
  percent: "0.0%",
  decimal: "#,##0.0",
};

export async function buildWorkbook(tables: ReportTable[], meta: { title: string; subtitle: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng khuyến công";
  wb.created = new Date();
  wb.title = meta.title;
  for (const t of tables) {
    const ws = wb.addWorksheet(t.sheet.slice(0, 31), { views: [{ state: "frozen", ySplit: 4 }] });
    ws.getCell("A1").value = t.title;
    ws.getCell("A1").font = { bold: true, size: 14 };
    ws.getCell("A2").value = meta.subtitle;
    if (t.note) ws.getCell("A3").value = t.note;
    const header = ws.getRow(4);
    t.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
      cell.alignment = { wrapText: true, vertical: "top" };
      ws.getColumn(i + 1).width = c.width ?? (c.kind === "text" ? 40 : 18);
      const fmt = NUM_FMT[c.kind];
      if (fmt) ws.getColumn(i + 1).numFmt = fmt;
    });
    t.rows.forEach((r, ri) => {
      const row = ws.getRow(5 + ri);
      r.forEach((v, ci) => {
        row.getCell(ci + 1).value = v;
      });
    });
  }
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
