import { libText } from "@/lib/i18n/lib-token";
// Integer VND only. Vietnamese style: dot = thousands, comma = decimal ("2.170 tr đồng", "1,85 tỷ").
export const TRIEU = 1_000_000n;
export const TY = 1_000_000_000n;

const group = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

export function formatVnd(amount: bigint): string {
  return `${group.format(amount)} đ`;
}

function formatScaled(amount: bigint, unit: bigint, digits: number): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const scale = 10n ** BigInt(digits);
  const scaled = (abs * scale + unit / 2n) / unit;
  const whole = scaled / scale;
  const frac = (scaled % scale).toString().padStart(digits, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${group.format(whole)}${frac ? `,${frac}` : ""}`;
}

/** 2_170_000_000n → "2.170 triệu" */
export function formatTrieu(amount: bigint, digits = 2): string {
  return `${formatScaled(amount, TRIEU, digits)} triệu`;
}

/** 27_872_000_000n → "27,872 tỷ" */
export function formatTy(amount: bigint, digits = 3): string {
  return `${formatScaled(amount, TY, digits)} tỷ`;
}

/** Programme totals in tỷ, project budgets in triệu, small sums in đồng: as the documents write them. */
export function formatMoney(amount: bigint): string {
  const abs = amount < 0n ? -amount : amount;
  if (abs >= TY) return `${formatTy(amount)} đồng`;
  if (abs >= TRIEU) return `${formatTrieu(amount)} đồng`;
  return formatVnd(amount);
}

export type ParsedMoney = { ok: true; vnd: bigint; ambiguous: boolean } | { ok: false; message: string };

const UNITS: Array<[RegExp, bigint]> = [
  [/^(tỷ|ty|tỉ|ti)( đồng| dong)?$/, TY],
  [/^(triệu|trieu|tr|trđ|trd)( đồng| dong)?$/, TRIEU],
  [/^(nghìn|nghin|ngàn|ngan)( đồng| dong)?$/, 1000n],
  [/^(đồng|dong|đ|vnd|₫)?$/, 1n],
];

/**
 * "300 triệu" → 300_000_000n; "1,5 tỷ" → 1_500_000_000n; "2.170 tr" → 2_170_000_000n; "450000000" as is.
 * A unit-bearing value like "3,020 tỷ" is read the Vietnamese way (3.02 tỷ) and flagged ambiguous,
 * because the English reading would be a thousand times larger.
 */
export function parseMoney(input: string): ParsedMoney {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  const match = /^(-?[\d.,]+)\s*(.*)$/.exec(text);
  if (!match) return { ok: false, message: libText("validation.moneyInvalid") };
  const [, numberPart = "", unitPart = ""] = match;
  const unit = UNITS.find(([re]) => re.test(unitPart.trim()))?.[1];
  if (unit === undefined) return { ok: false, message: `Không hiểu đơn vị "${unitPart}". Dùng đồng, triệu hoặc tỷ.` };
  const negative = numberPart.startsWith("-");
  const digits = negative ? numberPart.slice(1) : numberPart;
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(digits)) {
    return { ok: false, message: libText("validation.moneySeparators") };
  }
  const [intPart = "0", fracPart = ""] = digits.replace(/\./g, "").split(",");
  const fracScale = 10n ** BigInt(fracPart.length);
  const raw = BigInt(intPart) * fracScale + BigInt(fracPart || "0");
  if ((raw * unit) % fracScale !== 0n) return { ok: false, message: libText("validation.moneyWholeDong") };
  const vnd = (raw * unit) / fracScale;
  const ambiguous = unit > 1n && /^\d{1,3},\d{3}$/.test(digits);
  return { ok: true, vnd: negative ? -vnd : vnd, ambiguous };
}

const percentFmt = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** Percentage in basis points: 5000 → "50%", 5280 → "52,8%". */
export function formatPercentBp(bp: number): string {
  return `${percentFmt.format(bp / 100)}%`;
}

/** floor(amount × bp / 10000) — caps are never rounded up. */
export function applyBp(amount: bigint, bp: number): bigint {
  return (amount * BigInt(bp)) / 10_000n;
}
