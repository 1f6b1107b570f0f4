import { describe, expect, it } from "vitest";
import { renderText } from "@/lib/i18n/lib-text";
import {
  applyBp,
  formatMoney,
  formatPercentBp,
  formatTrieu,
  formatTy,
  formatVnd,
  parseMoney,
  TRIEU,
  TY,
} from "@/lib/money";

describe("money in VND, written the Vietnamese way", () => {
  it("reads the articles' own amounts", () => {
    expect(parseMoney("2.170 tr")).toEqual({ ok: true, vnd: 2_170n * TRIEU, ambiguous: false });
    expect(parseMoney("1,85 tỷ")).toEqual({ ok: true, vnd: 1_850n * TRIEU, ambiguous: false });
    expect(parseMoney("300 triệu")).toEqual({ ok: true, vnd: 300n * TRIEU, ambiguous: false });
    expect(parseMoney("450.000.000")).toEqual({ ok: true, vnd: 450_000_000n, ambiguous: false });
  });

  it("reads '3,020 tỷ' as 3.02 billion and flags it as ambiguous", () => {
    const r = parseMoney("3,020 tỷ đồng");
    expect(r).toEqual({ ok: true, vnd: 3_020n * TRIEU, ambiguous: true });
  });

  it("refuses what is not money, in Vietnamese", () => {
    const bad = parseMoney("ba trăm");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(renderText(bad.message)).toMatch(/không hợp lệ/);
    expect(parseMoney("12 đô").ok).toBe(false);
    expect(parseMoney("1,5").ok).toBe(false); // half a đồng
  });

  it("formats with dot thousands and comma decimals", () => {
    expect(formatVnd(1_234_567n)).toBe("1.234.567 đ");
    expect(formatTrieu(2_170n * TRIEU)).toBe("2.170 triệu");
    expect(formatTy(27_872n * TRIEU)).toBe("27,872 tỷ");
    expect(formatMoney(38n * TY)).toBe("38 tỷ đồng");
    expect(formatMoney(300n * TRIEU)).toBe("300 triệu đồng");
    expect(formatPercentBp(5_280)).toBe("52,8%");
  });

  it("never rounds a cap up", () => {
    expect(applyBp(999_999n, 5_000)).toBe(499_999n);
    expect(applyBp(600n * TRIEU, 5_000)).toBe(300n * TRIEU);
  });
});
