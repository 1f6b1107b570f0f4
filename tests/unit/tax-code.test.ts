import { describe, expect, it } from "vitest";
import { renderText } from "@/lib/i18n/lib-text";
import { checkDigit, checkTaxCode } from "@/lib/establishments/tax-code";

describe("mã số thuế check digit", () => {
  it("accepts real-shaped 10-digit codes whose 10th digit matches", () => {
    expect(checkDigit("010010910")).toBe(6);
    expect(checkTaxCode("0100109106")).toEqual({
      ok: true,
      normalized: "0100109106",
      parent: "0100109106",
      branch: null,
    });
    expect(checkTaxCode("2501234563").ok).toBe(true);
  });
  it("refuses a wrong check digit with a Vietnamese message", () => {
    const r = checkTaxCode("0100109107");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(renderText(r.message)).toContain("chữ số kiểm tra");
  });
  it("accepts a branch suffix written with or without the hyphen, normalized with it", () => {
    expect(checkTaxCode("0100109106-001")).toMatchObject({ ok: true, normalized: "0100109106-001", branch: "001" });
    expect(checkTaxCode("0100109106001")).toMatchObject({ ok: true, normalized: "0100109106-001" });
    expect(checkTaxCode(" 0100 109 106-002 ")).toMatchObject({ ok: true, normalized: "0100109106-002" });
  });
  it("refuses branch 000, wrong lengths and letters", () => {
    expect(checkTaxCode("0100109106-000").ok).toBe(false);
    expect(checkTaxCode("010010910").ok).toBe(false);
    expect(checkTaxCode("01001091061").ok).toBe(false);
    expect(checkTaxCode("01001O9106").ok).toBe(false);
  });
  it("never accepts a code whose remainder would give check digit 10", () => {
    // Find a 9-digit prefix with remainder 0 and verify no 10th digit makes it valid.
    let prefix = "";
    for (let n = 100000000; n < 100001000; n++)
      if (checkDigit(String(n)) === null) {
        prefix = String(n);
        break;
      }
    expect(prefix).not.toBe("");
    for (let d = 0; d <= 9; d++) expect(checkTaxCode(`${prefix}${d}`).ok).toBe(false);
  });
});
