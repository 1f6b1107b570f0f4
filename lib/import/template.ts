import "server-only";
import ExcelJS from "exceljs";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { agencyScope } from "@/lib/proposals/scope";
import { provinceWithPredecessors } from "@/lib/territory/scope";
import { INDUSTRIES, KIND_LABELS } from "@/lib/rules/industries";
import { formatDate } from "@/lib/dates";
import {
  ESTABLISHMENT_COLUMNS,
  ESTABLISHMENT_SHEET,
  MAX_ROWS,
  PROPOSAL_COLUMNS,
  PROPOSAL_SHEET,
  type ColumnSpec,
} from "@/lib/import/columns";
import { libText } from "@/lib/i18n/lib-token";

// The downloadable template: two data sheets (header on row 1, data from row 2), a guide with an example
// row per sheet, and the code lists of the actor's province (communes, historic districts, activities).

function dataSheet(wb: ExcelJS.Workbook, name: string, columns: readonly ColumnSpec[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  columns.forEach((c, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.value = c.required ? `${c.header} (*)` : c.header;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.required ? "FFFDE68A" : "FFE2E8F0" } };
    cell.note = c.hint || c.header;
    ws.getColumn(i + 1).width = Math.max(16, Math.min(40, c.header.length + 6));
    // Text cells keep leading zeros of tax codes and phone numbers.
    ws.getColumn(i + 1).numFmt = "@";
  });
}

export async function buildImportTemplate(actor: Actor): Promise<Buffer> {
  assertCan(actor, "data.import");
  if (!actor.provinceId) throw new ForbiddenError(libText("errors.theAccountIsNotLinked2"));
  const db = await getDb();
  const provinces = await provinceWithPredecessors(db, { id: actor.provinceId });
  const [units, activities, agencies] = await Promise.all([
    db.adminUnit.findMany({
      where: { parentId: { in: provinces.ids }, level: { in: ["COMMUNE", "DISTRICT"] } },
      orderBy: [{ validTo: { sort: "desc", nulls: "first" } }, { name: "asc" }],
      select: { code: true, name: true, validTo: true, parent: { select: { name: true } } },
    }),
    db.activityCategory.findMany({
      orderBy: [{ contentNo: "asc" }, { validFrom: "asc" }],
      select: { code: true, name: true, validFrom: true, validTo: true, legalBasis: { select: { code: true } } },
    }),
    db.agency.findMany({ where: agencyScope(actor), orderBy: { name: "asc" }, select: { code: true, name: true } }),
  ]);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng khuyến công";
  const guide = wb.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = 110;
  [
    "MẪU NHẬP DỮ LIỆU CƠ SỞ CÔNG NGHIỆP NÔNG THÔN VÀ ĐỀ ÁN KHUYẾN CÔNG ĐÃ THỰC HIỆN",
    `Nhập dữ liệu vào sheet “${ESTABLISHMENT_SHEET}” và “${PROPOSAL_SHEET}”, từ dòng 2; không đổi tên cột. Cột có dấu (*) là bắt buộc.`,
    `Tối đa ${MAX_ROWS} dòng mỗi sheet. Tệp chỉ được ghi khi mọi dòng hợp lệ; nếu có lỗi, cổng liệt kê lỗi theo dòng và cột, không ghi dòng nào.`,
    "Mã xã/phường, mã nội dung, mã cơ quan, mã ngành nghề: xem sheet Danh mục.",
    "Số tiền ghi bằng đồng (600000000) hoặc kèm đơn vị (600 triệu, 1,5 tỷ). Dấu chấm ngăn cách hàng nghìn, dấu phẩy là phần thập phân.",
    "Đề án chỉ nhận tình trạng “Đã phê duyệt” hoặc “Đã nghiệm thu”; số tiền giải ngân, quyết toán nhập ở phần Thực hiện & quyết toán.",
    "Cơ sở thụ hưởng của đề án: ghi mã số thuế, hoặc đúng tên cơ sở (đã có trên cổng hoặc ở sheet Cơ sở). Để trống với đề án nhóm.",
    "Ví dụ một dòng cơ sở: " + ESTABLISHMENT_COLUMNS.map((c) => `${c.header}: ${c.example || "(trống)"}`).join(" · "),
    "Ví dụ một dòng đề án: " + PROPOSAL_COLUMNS.map((c) => `${c.header}: ${c.example || "(trống)"}`).join(" · "),
  ].forEach((text, i) => {
    const cell = guide.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true };
    if (i === 0) cell.font = { bold: true, size: 13 };
  });
  dataSheet(wb, ESTABLISHMENT_SHEET, ESTABLISHMENT_COLUMNS);
  dataSheet(wb, PROPOSAL_SHEET, PROPOSAL_COLUMNS);
  const lists = wb.addWorksheet("Danh mục");
  lists.columns = [
    { header: "Danh mục", width: 22 },
    { header: "Mã", width: 24 },
    { header: "Tên", width: 60 },
    { header: "Ghi chú", width: 40 },
  ];
  lists.getRow(1).font = { bold: true };
  for (const u of units)
    lists.addRow([
      u.validTo ? "Địa bàn cũ" : "Xã/phường",
      u.code,
      u.name,
      u.validTo ? `${u.parent?.name ?? ""}, đến ${formatDate(u.validTo)} — chỉ dùng cho đề án` : (u.parent?.name ?? ""),
    ]);
  for (const a of activities)
    lists.addRow([
      "Nội dung",
      a.code,
      a.name,
      `${a.legalBasis.code}, từ ${formatDate(a.validFrom)}${a.validTo ? ` đến ${formatDate(a.validTo)}` : ""}`,
    ]);
  for (const i of INDUSTRIES) lists.addRow(["Ngành nghề", i.code, i.label, i.clause]);
  for (const [code, label] of Object.entries(KIND_LABELS)) lists.addRow(["Loại hình", code, label, ""]);
  for (const a of agencies) lists.addRow(["Cơ quan", a.code, a.name, ""]);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
