import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { checkTaxCode } from "@/lib/establishments/tax-code";
import { parseMoney } from "@/lib/money";
import { toSearchText } from "@/lib/text";
import { PROPOSAL_COLUMNS, PROPOSAL_SHEET, type ProposalKey } from "@/lib/import/columns";
import type { ImportContext } from "@/lib/import/context";
import { issueOf, type ImportIssue, type SheetRow } from "@/lib/import/read";
import type { ValidEstablishment } from "@/lib/import/check-establishments";

// Past đề án (already decided before the portal): they enter the records in the status they reached.
// Only "approved" and "accepted" are accepted here; money paid and settled belongs to the funding ledger.

export type Beneficiary = { existingId: string } | { fileRow: number } | null;
export type ValidProposal = {
  row: number;
  code: string | null;
  year: number;
  title: string;
  activityCategoryId: string;
  fund: "KCQG" | "KCDP";
  beneficiary: Beneficiary;
  communeId: string | null;
  agencyId: string;
  implementingUnit: string | null;
  totalCost: bigint;
  approvedSupport: bigint;
  counterpart: bigint;
  status: ProposalStatus;
  decisionNo: string | null;
};

const HEADER = Object.fromEntries(PROPOSAL_COLUMNS.map((c) => [c.key, c.header])) as Record<ProposalKey, string>;
const STATUSES: Record<string, ProposalStatus> = { "da phe duyet": "APPROVED", "da nghiem thu": "ACCEPTED" };
const FUNDS: Record<string, "KCQG" | "KCDP"> = { kcqg: "KCQG", kcdp: "KCDP" };

/** "600000000", "600.000.000", "600 triệu", "1,5 tỷ" → đồng; numbers from Excel cells arrive as digits. */
export function moneyCell(text: string): { ok: true; vnd: bigint } | { ok: false; message: string } {
  if (/^\d+$/.test(text)) return { ok: true, vnd: BigInt(text) };
  const m = parseMoney(text);
  if (!m.ok) return m;
  if (m.vnd < 0n) return { ok: false, message: "Số tiền không được âm." };
  return { ok: true, vnd: m.vnd };
}

export function checkProposals(
  rows: SheetRow<ProposalKey>[],
  ctx: ImportContext,
  fileEstablishments: ValidEstablishment[],
  thisYear: number,
) {
  const issues: ImportIssue[] = [];
  const valid: ValidProposal[] = [];
  const seenCodes = new Map<string, number>();
  const fileByTax = new Map(
    fileEstablishments.filter((e) => e.input.taxCode).map((e) => [e.input.taxCode as string, e.row]),
  );
  const fileByName = new Map(fileEstablishments.map((e) => [toSearchText(e.input.name), e.row]));
  for (const { row, cells } of rows) {
    const before = issues.length;
    const issue = (key: ProposalKey, message: string) =>
      issues.push(issueOf(PROPOSAL_SHEET, row, HEADER[key], message));
    const required = (key: ProposalKey) => {
      if (!cells[key]) issue(key, `Nhập “${HEADER[key]}”.`);
      return cells[key];
    };

    const code = cells.code || null;
    if (code) {
      if (code.length > 60) issue("code", "Mã đề án tối đa 60 ký tự.");
      if (seenCodes.has(code)) issue("code", `Mã đề án trùng với dòng ${seenCodes.get(code)} của sheet.`);
      if (ctx.proposalCodes.has(code)) issue("code", "Mã đề án đã có trên cổng.");
      seenCodes.set(code, row);
    }
    const yearText = required("year");
    const year = Number(yearText);
    if (yearText && (!/^\d{4}$/.test(yearText) || year < 2012 || year > thisYear))
      issue("year", `Năm là số 4 chữ số, từ 2012 (Nghị định 45/2012) đến ${thisYear}.`);
    const title = required("title");
    if (title && (title.length < 5 || title.length > 300)) issue("title", "Tên đề án từ 5 đến 300 ký tự.");
    const activityText = required("activityCode");
    const versions = ctx.activities.get(activityText.toUpperCase()) ?? [];
    const start = new Date(Date.UTC(year, 0, 1));
    const end = new Date(Date.UTC(year, 11, 31));
    const activity = versions
      .filter((v) => v.validFrom <= end && (!v.validTo || v.validTo >= start))
      .sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0];
    if (activityText && !versions.length)
      issue("activityCode", `Mã nội dung “${activityText}” không có trong danh mục (xem sheet Danh mục).`);
    else if (activityText && !activity && yearText)
      issue("activityCode", `Nội dung “${activityText}” chưa có hiệu lực trong năm ${yearText}.`);
    const fundText = required("fund");
    const fund = FUNDS[toSearchText(fundText)];
    if (fundText && !fund) issue("fund", "Nguồn kinh phí là KCQG hoặc KCĐP.");

    let beneficiary: Beneficiary = null;
    if (cells.establishmentTaxCode) {
      const c = checkTaxCode(cells.establishmentTaxCode);
      const existing = c.ok ? ctx.taxCodes.get(c.normalized) : undefined;
      const inFile = c.ok ? fileByTax.get(c.normalized) : undefined;
      if (!c.ok) issue("establishmentTaxCode", c.message);
      else if (existing?.inScope) beneficiary = { existingId: existing.id };
      else if (inFile) beneficiary = { fileRow: inFile };
      else issue("establishmentTaxCode", "Không tìm thấy cơ sở có mã số thuế này trong tỉnh hoặc trong sheet Cơ sở.");
    } else if (cells.establishmentName) {
      const key = toSearchText(cells.establishmentName);
      const existing = ctx.namesInScope.get(key);
      const inFile = fileByName.get(key);
      if (inFile) beneficiary = { fileRow: inFile };
      else if (existing) beneficiary = { existingId: existing };
      else issue("establishmentName", "Không tìm thấy cơ sở có tên này trong tỉnh hoặc trong sheet Cơ sở.");
    }
    const communeId = cells.communeCode ? (ctx.places.get(cells.communeCode.toUpperCase()) ?? null) : null;
    if (cells.communeCode && !communeId)
      issue("communeCode", `Mã địa bàn “${cells.communeCode}” không thuộc tỉnh (xem sheet Danh mục).`);
    const agencyId = cells.agencyCode ? (ctx.agencies.get(cells.agencyCode) ?? null) : ctx.actorAgencyId;
    if (!agencyId) issue("agencyCode", "Mã cơ quan không thuộc tỉnh của bạn.");

    const money = (key: ProposalKey, fallback?: bigint): bigint | null => {
      if (!cells[key]) {
        if (fallback === undefined) issue(key, `Nhập “${HEADER[key]}”.`);
        return fallback ?? null;
      }
      const m = moneyCell(cells[key]);
      if (!m.ok) {
        issue(key, m.message);
        return null;
      }
      return m.vnd;
    };
    const totalCost = money("totalCost");
    const approvedSupport = money("approvedSupport");
    if (totalCost !== null && totalCost <= 0n) issue("totalCost", "Tổng kinh phí phải lớn hơn 0.");
    if (totalCost !== null && approvedSupport !== null && approvedSupport > totalCost)
      issue("approvedSupport", "Kinh phí hỗ trợ không được lớn hơn tổng kinh phí.");
    const counterpart = money(
      "counterpart",
      totalCost !== null && approvedSupport !== null && totalCost >= approvedSupport ? totalCost - approvedSupport : 0n,
    );
    const statusText = required("status");
    const status = STATUSES[toSearchText(statusText)];
    if (statusText && !status) issue("status", "Tình trạng là “Đã phê duyệt” hoặc “Đã nghiệm thu”.");

    if (
      issues.length === before &&
      activity &&
      fund &&
      agencyId &&
      status &&
      totalCost !== null &&
      approvedSupport !== null &&
      counterpart !== null
    ) {
      valid.push({
        row,
        code,
        year,
        title,
        activityCategoryId: activity.id,
        fund,
        beneficiary,
        communeId,
        agencyId,
        implementingUnit: cells.implementingUnit || null,
        totalCost,
        approvedSupport,
        counterpart,
        status,
        decisionNo: cells.decisionNo || null,
      });
    }
  }
  return { valid, issues };
}
