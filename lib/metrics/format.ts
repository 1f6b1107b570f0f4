import { formatTy, formatTrieu, TY } from "@/lib/money";

// Numbers as Vietnamese readers expect them: dot thousands, comma decimals.
const count = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

export function formatCount(n: bigint | number): string {
  return count.format(n);
}

/** 5280 → "52,8%"; null → "—". */
export function formatBp(bp: number | null): string {
  return bp === null ? "—" : `${oneDecimal.format(bp / 100)}%`;
}

/** 144 → "14,4 : 1"; null → "—". */
export function formatLeverage(tenths: number | null): string {
  return tenths === null ? "—" : `${oneDecimal.format(tenths / 10)} : 1`;
}

/** Money in tỷ (programme level) or triệu (project level), as the documents write it. */
export function formatMoneyShort(vnd: bigint): string {
  const abs = vnd < 0n ? -vnd : vnd;
  return abs >= TY ? `${formatTy(vnd)} đồng` : `${formatTrieu(vnd)} đồng`;
}

export type IndicatorFormat = { isMoney: boolean; unit: string; valueScale?: number };

const scaled = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** A stored integer divided by the indicator's scale (2630 with scale 100 → "26,3"). */
export function formatScaled(value: bigint, valueScale = 1): string {
  return valueScale === 1 ? count.format(value) : scaled.format(Number(value) / valueScale);
}

/**
 * An indicator value with its unit. Money is integer VND (shown in tỷ/triệu); other values are stored as
 * integers times `valueScale` (26,3 % → 2630 with scale 100). The source's qualifier travels with the
 * figure in its own words: a floor reads "trên …", an approximate figure "khoảng …" (never a bare number).
 */
export function formatIndicatorValue(value: bigint, f: IndicatorFormat, atLeast = false, approximate = false): string {
  const prefix = atLeast ? "trên " : approximate ? "khoảng " : "";
  if (f.isMoney) return prefix + formatMoneyShort(value);
  const number = formatScaled(value, f.valueScale);
  return f.unit === "%" ? `${prefix}${number}%` : `${prefix}${number} ${f.unit}`.trim();
}
