// Where we are in a programme period: the status colour compares progress with the share of time elapsed.

const DAY_MS = 86_400_000;

function utcDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day);
}

/** A period runs from 1 January of its first year to 31 December of its last year, inclusive. */
export function periodBounds(startYear: number, endYear: number): { from: number; to: number } {
  return { from: utcDay(startYear, 0, 1), to: utcDay(endYear, 11, 31) + DAY_MS };
}

/**
 * Share of the period elapsed at `asOf`, in basis points, clamped to 0…10 000.
 * `asOf` is a calendar day (UTC midnight, as lib/dates.ts `vnDay` gives); the day itself counts as elapsed.
 */
export function elapsedShareBp(startYear: number, endYear: number, asOf: Date): number {
  if (endYear < startYear) throw new RangeError("endYear < startYear");
  const { from, to } = periodBounds(startYear, endYear);
  const now = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate()) + DAY_MS;
  if (now <= from) return 0;
  if (now >= to) return 10_000;
  return Math.round(((now - from) / (to - from)) * 10_000);
}

/** Years of the period, in order. */
export function periodYears(startYear: number, endYear: number): number[] {
  const years: number[] = [];
  for (let y = startYear; y <= endYear; y += 1) years.push(y);
  return years;
}

/** "2021–2025" (en dash, as the programme documents write it). */
export function periodLabel(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
}

/** "2021-2025" or "2021–2025" → [2021, 2025]; null when malformed. */
export function parsePeriod(text: string | null | undefined): { startYear: number; endYear: number } | null {
  const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec((text ?? "").trim());
  if (!m) return null;
  const startYear = Number(m[1]);
  const endYear = Number(m[2]);
  return endYear >= startYear && endYear - startYear < 20 ? { startYear, endYear } : null;
}
