// Exact integer arithmetic for shares: percentages are basis points (10 000 = 100 %), never floats.

/** round(num / den × 10 000), or null when the denominator is zero (a share of nothing is undefined). */
export function ratioBp(num: bigint, den: bigint): number | null {
  if (den === 0n) return null;
  const negative = num < 0n !== den < 0n && num !== 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const bp = (n * 10_000n + d / 2n) / d;
  return Number(negative ? -bp : bp);
}

/** round(num / den, 1 decimal) as tenths, e.g. 243 000 / 16 895 → 144 (14,4); null for den = 0. */
export function ratioTenths(num: bigint, den: bigint): number | null {
  if (den <= 0n || num < 0n) return null;
  return Number((num * 10n + den / 2n) / den);
}

export function sum(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}
