// Actual results of one indicator over a period, from per-year sums the database computed.
// A cumulative indicator (trainees, models, establishments supported) adds up over the years; a
// non-cumulative one (a share, a stock such as "establishments in the province") is read at its latest year.

export type YearValue = {
  /** null = a figure reported for the whole period only (e.g. the 2014–2020 review, R1–R35). */
  year: number | null;
  value: bigint;
  /** The source says "more than" / "about" (trên, khoảng): the figure is a floor. */
  atLeast: boolean;
};

export type YearPoint = { year: number; value: bigint | null; toDate: bigint | null; atLeast: boolean };

export type Actual = {
  value: bigint;
  atLeast: boolean;
  /** false when no result at all was recorded: shown "chưa có số liệu", never as a silent 0. */
  hasData: boolean;
  byYear: YearPoint[];
};

type Options = { startYear: number; endYear: number; cumulative: boolean; untilYear?: number };

function mergeByYear(rows: YearValue[]): Map<number | null, { value: bigint; atLeast: boolean }> {
  const map = new Map<number | null, { value: bigint; atLeast: boolean }>();
  for (const r of rows) {
    const prev = map.get(r.year);
    map.set(r.year, { value: (prev?.value ?? 0n) + r.value, atLeast: (prev?.atLeast ?? false) || r.atLeast });
  }
  return map;
}

export function computeActual(rows: YearValue[], opts: Options): Actual {
  const until = Math.min(opts.untilYear ?? opts.endYear, opts.endYear);
  const inRange = rows.filter((r) => r.year === null || (r.year >= opts.startYear && r.year <= until));
  const merged = mergeByYear(inRange);
  const byYear: YearPoint[] = [];
  let running = 0n;
  let runningAtLeast = false;
  let last: { value: bigint; atLeast: boolean } | null = null;
  for (let year = opts.startYear; year <= opts.endYear; year += 1) {
    const cell = year <= until ? merged.get(year) : undefined;
    if (cell) {
      running += cell.value;
      runningAtLeast ||= cell.atLeast;
      last = cell;
    }
    const toDate = opts.cumulative ? (last ? running : null) : (last?.value ?? null);
    byYear.push({
      year,
      value: cell?.value ?? null,
      toDate: year <= until ? toDate : null,
      atLeast: opts.cumulative ? runningAtLeast : (cell?.atLeast ?? false),
    });
  }
  const whole = merged.get(null);
  // A whole-period figure is only meaningful for the whole period, not for a year cut.
  const includeWhole = whole !== undefined && opts.untilYear === undefined;
  if (opts.cumulative) {
    const value = running + (includeWhole ? whole.value : 0n);
    const hasData = last !== null || includeWhole;
    return { value, atLeast: runningAtLeast || (includeWhole && whole.atLeast), hasData, byYear };
  }
  if (last) return { value: last.value, atLeast: last.atLeast, hasData: true, byYear };
  if (includeWhole) return { value: whole.value, atLeast: whole.atLeast, hasData: true, byYear };
  return { value: 0n, atLeast: false, hasData: false, byYear };
}

/** The figure of a single year (for the per-year view of the dashboard). */
export function computeYear(rows: YearValue[], year: number): { value: bigint; atLeast: boolean; hasData: boolean } {
  const cells = rows.filter((r) => r.year === year);
  return {
    value: cells.reduce((acc, r) => acc + r.value, 0n),
    atLeast: cells.some((r) => r.atLeast),
    hasData: cells.length > 0,
  };
}
