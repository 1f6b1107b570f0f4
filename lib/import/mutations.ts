import "server-only";
import { randomUUID } from "node:crypto";
import { getDb, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { toSearchText } from "@/lib/text";
import {
  ESTABLISHMENT_COLUMNS,
  ESTABLISHMENT_SHEET,
  MAX_BYTES,
  MAX_ROWS,
  PROPOSAL_COLUMNS,
  PROPOSAL_SHEET,
} from "@/lib/import/columns";
import { loadWorkbook, readSheet, type ImportIssue } from "@/lib/import/read";
import { loadImportContext } from "@/lib/import/context";
import { checkEstablishments, taxCodesOf, type ValidEstablishment } from "@/lib/import/check-establishments";
import { checkProposals, type ValidProposal } from "@/lib/import/check-proposals";

// Import of establishments and past đề án from the Excel template. All or nothing: the whole file is
// checked first and nothing is written unless every row is valid; then one transaction writes every row
// and one audit row with the counts. A rejected file is audited too (with its error count).

export type ImportReport = {
  ok: boolean;
  fileName: string;
  establishments: number;
  proposals: number;
  issues: ImportIssue[];
};

function fail(fileName: string, issues: ImportIssue[]): ImportReport {
  return { ok: false, fileName, establishments: 0, proposals: 0, issues };
}

/** Rows per INSERT statement: a file of thousands of rows is a handful of statements, not one per row (issue 21). */
const INSERT_BATCH = 500;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += INSERT_BATCH) out.push(list.slice(i, i + INSERT_BATCH));
  return out;
}

async function writeRows(
  tx: Tx,
  actor: Actor,
  fileName: string,
  ests: ValidEstablishment[],
  props: ValidProposal[],
): Promise<void> {
  // Ids are made here, so that a đề án can point at an establishment created by the same file without reading back.
  const created = new Map<number, string>(ests.map((e) => [e.row, randomUUID()]));
  for (const batch of chunks(ests))
    await tx.establishment.createMany({
      data: batch.map((e) => {
        const v = e.input;
        return {
          id: created.get(e.row)!,
          kind: v.kind,
          name: v.name,
          taxCode: v.taxCode,
          householdRegNo: v.householdRegNo,
          address: v.address,
          industry: v.industry,
          industryCode: v.industryCode,
          workforce: v.workforce,
          womenOwned: v.womenOwned,
          ethnicMinorityOwned: v.ethnicMinorityOwned,
          representative: v.representative,
          phone: v.phone,
          email: v.email,
          communeId: e.communeId,
          agencyId: actor.agencyId,
          createdById: actor.id,
          source: `Nhập từ tệp ${fileName}`,
          searchText: toSearchText(v.name, v.taxCode, v.industry, v.representative, v.address),
        };
      }),
    });
  for (const batch of chunks(props)) {
    const rows = batch.map((p) => ({ id: randomUUID(), p }));
    await tx.proposal.createMany({
      data: rows.map(({ id, p }) => ({
        id,
        code: p.code,
        title: p.title,
        year: p.year,
        fund: p.fund,
        pipeline: p.fund === "KCQG" ? ("NATIONAL" as const) : ("LOCAL" as const),
        status: p.status,
        activityCategoryId: p.activityCategoryId,
        establishmentId:
          p.beneficiary === null
            ? null
            : "existingId" in p.beneficiary
              ? p.beneficiary.existingId
              : (created.get(p.beneficiary.fileRow) ?? null),
        communeId: p.communeId,
        agencyId: p.agencyId,
        implementingUnit: p.implementingUnit,
        totalCost: p.totalCost,
        requestedSupport: p.approvedSupport,
        approvedSupport: p.approvedSupport,
        counterpart: p.counterpart,
        attestCounterpart: true,
        attestNoDoubleFunding: true,
        createdById: actor.id,
        source: [`Nhập từ tệp ${fileName}`, p.decisionNo && `QĐ ${p.decisionNo}`].filter(Boolean).join("; "),
        searchText: toSearchText(p.code, p.title, p.implementingUnit),
      })),
    });
    // A record of a past decision, not a transition: the timeline says where the đề án came from.
    await tx.proposalEvent.createMany({
      data: rows.map(({ id, p }) => ({
        proposalId: id,
        action: "import",
        toStatus: p.status,
        actorId: actor.id,
        actorName: actor.name,
        reason: `Nhập đề án đã có từ tệp ${fileName}${p.decisionNo ? ` (QĐ ${p.decisionNo})` : ""}`,
      })),
    });
  }
}

export async function importWorkbook(
  actor: Actor,
  file: { name: string; bytes: ArrayBuffer },
  now = new Date(),
): Promise<ImportReport> {
  assertCan(actor, "data.import");
  const fileName = file.name.slice(0, 200) || "tep-nhap.xlsx";
  if (file.bytes.byteLength === 0)
    return fail(fileName, [{ sheet: "", row: null, column: null, message: "Chọn tệp Excel (.xlsx) theo mẫu." }]);
  if (file.bytes.byteLength > MAX_BYTES)
    return fail(fileName, [{ sheet: "", row: null, column: null, message: "Tệp lớn hơn 5 MB. Vui lòng tách tệp." }]);
  const wb = await loadWorkbook(file.bytes);
  if (!wb)
    return fail(fileName, [
      {
        sheet: "",
        row: null,
        column: null,
        message: "Không đọc được tệp: hãy lưu dưới dạng Excel Workbook (.xlsx) theo mẫu.",
      },
    ]);
  const est = readSheet(wb, ESTABLISHMENT_SHEET, ESTABLISHMENT_COLUMNS, MAX_ROWS);
  const prop = readSheet(wb, PROPOSAL_SHEET, PROPOSAL_COLUMNS, MAX_ROWS);
  if (!est.present && !prop.present)
    return fail(fileName, [
      {
        sheet: "",
        row: null,
        column: null,
        message: `Tệp không có sheet “${ESTABLISHMENT_SHEET}” hoặc “${PROPOSAL_SHEET}”. Vui lòng dùng tệp mẫu.`,
      },
    ]);
  if (!est.rows.length && !prop.rows.length && !est.issues.length && !prop.issues.length)
    return fail(fileName, [
      { sheet: "", row: null, column: null, message: "Tệp chưa có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng 2)." },
    ]);

  const db = await getDb();
  const checked = await db.$transaction(async (tx) => {
    const ctx = await loadImportContext(tx, actor, {
      taxCodes: [...taxCodesOf(est.rows, "taxCode"), ...taxCodesOf(prop.rows, "establishmentTaxCode")],
      proposalCodes: prop.rows.map((r) => r.cells.code).filter(Boolean),
      establishmentNames: prop.rows.map((r) => r.cells.establishmentName).filter(Boolean),
    });
    const e = checkEstablishments(est.rows, ctx);
    const p = checkProposals(prop.rows, ctx, e.valid, now.getFullYear());
    return { e, p, issues: [...est.issues, ...prop.issues, ...e.issues, ...p.issues] };
  });
  const counts = { establishments: est.rows.length, proposals: prop.rows.length };
  if (checked.issues.length) {
    await db.$transaction((tx) =>
      writeAudit(tx, actor, {
        action: "data.import.rejected",
        entity: "Import",
        entityId: fileName,
        data: { ...counts, errors: checked.issues.length },
      }),
    );
    return fail(fileName, checked.issues);
  }
  try {
    await db.$transaction(async (tx) => {
      await writeRows(tx, actor, fileName, checked.e.valid, checked.p.valid);
      await writeAudit(tx, actor, { action: "data.import", entity: "Import", entityId: fileName, data: counts });
    });
  } catch (e) {
    // A tax code or đề án code registered by someone else between the check and the write.
    if ((e as { code?: string }).code === "P2002")
      return fail(fileName, [
        {
          sheet: "",
          row: null,
          column: null,
          message:
            "Mã số thuế hoặc mã đề án vừa được người khác nhập. Không dòng nào được ghi; vui lòng kiểm tra và nhập lại.",
        },
      ]);
    throw e;
  }
  return { ok: true, fileName, ...counts, issues: [] };
}
