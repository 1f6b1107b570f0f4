import { libText } from "@/lib/i18n/lib-token";
// Mã số thuế (tax code): 10 digits for an enterprise, or 13 for a dependent unit/branch written
// "NNNNNNNNNN-NNN" (or 13 digits run together). The 10th digit is a check digit (TT 105/2020/TT-BTC,
// inherited from the 2007 numbering rules): N10 = 10 − (Σ Ni·Wi mod 11), W = 31,29,23,19,17,13,7,5,3;
// a remainder of 0 (N10 would be 10) is never issued.
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

export type TaxCodeCheck =
  { ok: true; normalized: string; parent: string; branch: string | null } | { ok: false; message: string };

export function checkDigit(first9: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * WEIGHTS[i]!;
  const digit = 10 - (sum % 11);
  return digit === 10 ? null : digit;
}

/** Accepts "0100109106", "0100109106-001", "0100109106001" (spaces and dots ignored); normalized with a hyphen. */
export function checkTaxCode(input: string): TaxCodeCheck {
  const text = input.trim().replace(/[\s.]/g, "");
  const m = /^(\d{10})(?:-?(\d{3}))?$/.exec(text);
  if (!m)
    return {
      ok: false,
      message: libText("validation.taxCodeShape"),
    };
  const parent = m[1]!;
  const branch = m[2] ?? null;
  const expected = checkDigit(parent.slice(0, 9));
  if (expected === null || expected !== Number(parent[9])) {
    return {
      ok: false,
      message: libText("validation.taxCodeChecksum"),
    };
  }
  if (branch === "000") return { ok: false, message: libText("validation.branchSuffixRange") };
  return { ok: true, normalized: branch ? `${parent}-${branch}` : parent, parent, branch };
}
