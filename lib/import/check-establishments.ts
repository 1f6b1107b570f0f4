import { establishmentSchema, type EstablishmentInput } from "@/lib/establishments/schemas";
import { checkTaxCode } from "@/lib/establishments/tax-code";
import { fieldErrorsOf } from "@/lib/validation";
import { ESTABLISHMENT_COLUMNS, ESTABLISHMENT_SHEET, type EstablishmentKey } from "@/lib/import/columns";
import type { ImportContext } from "@/lib/import/context";
import { issueOf, type ImportIssue, type SheetRow } from "@/lib/import/read";
import { toSearchText } from "@/lib/text";

// Each establishment row goes through the same zod schema as the registration form (one set of rules).

export type ValidEstablishment = { row: number; input: EstablishmentInput; communeId: string };

const HEADER = Object.fromEntries(ESTABLISHMENT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  EstablishmentKey,
  string
>;
/** Schema fields that are not column keys. */
const FIELD_TO_COLUMN: Record<string, EstablishmentKey> = { communeId: "communeCode" };

export function yesNo(text: string): string {
  return ["co", "x", "1", "true", "yes"].includes(toSearchText(text)) ? "on" : "";
}

/** The tax codes a sheet mentions, normalised, so the context can look them up in one query. */
export function taxCodesOf(rows: SheetRow<string>[], key: string): string[] {
  return rows.flatMap((r) => {
    const c = checkTaxCode(r.cells[key] ?? "");
    return c.ok ? [c.normalized] : [];
  });
}

export function checkEstablishments(
  rows: SheetRow<EstablishmentKey>[],
  ctx: ImportContext,
): { valid: ValidEstablishment[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const valid: ValidEstablishment[] = [];
  const seenTax = new Map<string, number>();
  for (const { row, cells } of rows) {
    const issue = (key: EstablishmentKey, message: string) =>
      issues.push(issueOf(ESTABLISHMENT_SHEET, row, HEADER[key], message));
    const communeId = ctx.currentCommunes.get(cells.communeCode.toUpperCase()) ?? "";
    const before = issues.length;
    if (cells.communeCode && !communeId)
      issue("communeCode", `Mã “${cells.communeCode}” không phải xã/phường hiện hành của tỉnh (xem sheet Danh mục).`);
    // Checked here too: the schema checks the tax code only once every other field parsed, and the
    // report should list all of a row's errors at once.
    const tax = cells.taxCode ? checkTaxCode(cells.taxCode) : null;
    if (tax && !tax.ok) issue("taxCode", tax.message);
    const parsed = establishmentSchema.safeParse({
      ...cells,
      kind: cells.kind.toUpperCase(),
      communeId,
      workforce: cells.workforce || "0",
      womenOwned: yesNo(cells.womenOwned),
      ethnicMinorityOwned: yesNo(cells.ethnicMinorityOwned),
    });
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(fieldErrorsOf(parsed.error))) {
        const key = (FIELD_TO_COLUMN[field] ?? field) as EstablishmentKey;
        if ((key === "communeCode" && cells.communeCode && !communeId) || (key === "taxCode" && tax && !tax.ok))
          continue;
        for (const m of messages)
          issues.push({ sheet: ESTABLISHMENT_SHEET, row, column: HEADER[key] ?? null, message: m });
      }
      continue;
    }
    const taxCode = parsed.data.taxCode;
    if (taxCode) {
      const first = seenTax.get(taxCode);
      if (first) issue("taxCode", `Mã số thuế trùng với dòng ${first} của sheet.`);
      const existing = ctx.taxCodes.get(taxCode);
      if (existing)
        issue(
          "taxCode",
          `Mã số thuế đã có trên cổng (${existing.inScope ? existing.name : "cơ sở của tỉnh khác"}); không nhập lại.`,
        );
      seenTax.set(taxCode, row);
    }
    if (issues.length === before) valid.push({ row, input: parsed.data, communeId });
  }
  return { valid, issues };
}
