import { parseMoney } from "@/lib/money";

export type IndicatorScale = { isMoney: boolean; valueScale: number };
export type ParsedValue = { ok: true; value: bigint } | { ok: false; message: string };

/**
 * A figure typed by a person, stored as the indicator stores it: money in integer VND ("25 triệu",
 * "1,5 tỷ"), counts as integers ("1.234"), scaled indicators times their scale ("26,3" % → 2630).
 */
export function parseIndicatorValue(text: string, ind: IndicatorScale): ParsedValue {
  const t = text.trim();
  if (!t) return { ok: false, message: "Nhập giá trị." };
  if (ind.isMoney) {
    const m = parseMoney(t);
    if (!m.ok) return m;
    if (m.vnd < 0n) return { ok: false, message: "Giá trị không được âm." };
    return { ok: true, value: m.vnd };
  }
  const digits = t.replace(/\s+/g, "");
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(digits)) {
    return {
      ok: false,
      message:
        "Giá trị là số không âm: dấu chấm ngăn cách hàng nghìn, dấu phẩy là phần thập phân (ví dụ 1.250 hoặc 26,3).",
    };
  }
  const [intPart = "0", fracPart = ""] = digits.replace(/\./g, "").split(",");
  const fracScale = 10n ** BigInt(fracPart.length);
  const raw = BigInt(intPart) * fracScale + BigInt(fracPart || "0");
  const scaled = raw * BigInt(ind.valueScale);
  if (scaled % fracScale !== 0n) {
    return {
      ok: false,
      message:
        ind.valueScale === 1
          ? "Chỉ tiêu này đếm số nguyên (không có phần thập phân)."
          : `Tối đa ${String(ind.valueScale).length - 1} chữ số thập phân.`,
    };
  }
  return { ok: true, value: scaled / fracScale };
}

/** The value back as a person types it (for editing): 2630 with scale 100 → "26,3"; money in đồng. */
export function valueToInput(value: bigint, ind: IndicatorScale): string {
  if (ind.isMoney || ind.valueScale === 1) return value.toString();
  const s = BigInt(ind.valueScale);
  const frac = (value % s)
    .toString()
    .padStart(String(ind.valueScale).length - 1, "0")
    .replace(/0+$/, "");
  return `${value / s}${frac ? `,${frac}` : ""}`;
}
