export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const median = (values: number[]) => percentile(values, 50);

/** One line per figure, as the issue asks: `metric <name> <value> <unit>`. */
export function metric(name: string, value: number | string, unit = ""): void {
  const v =
    typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1)) : value;
  console.log(`metric ${name} ${v}${unit ? ` ${unit}` : ""}`);
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}
