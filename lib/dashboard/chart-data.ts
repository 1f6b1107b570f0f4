import type { BreakdownRowDto, BudgetRowDto, IndicatorRowDto } from "@/lib/dashboard/dto";

// Numbers for the charts, prepared on the server (charts draw, they never compute). Money in tỷ đồng.
const TY = 1_000_000_000;
const ty = (vnd: string | null) => (vnd === null ? null : Math.round((Number(vnd) / TY) * 1000) / 1000);

export function achievementChart(rows: IndicatorRowDto[], elapsedBp: number) {
  return rows
    .filter((r) => r.percentBp !== null)
    .map((r) => ({ name: r.code, percent: (r.percentBp ?? 0) / 100, expected: elapsedBp / 100 }));
}

export function budgetChart(rows: BudgetRowDto[]) {
  return rows.map((r) => ({
    name: `${r.year} ${r.fund}`,
    planned: ty(r.planned),
    committed: ty(r.committed),
    disbursed: ty(r.disbursed),
    settled: ty(r.settled),
  }));
}

export function breakdownChart(rows: BreakdownRowDto[]) {
  return rows.slice(0, 12).map((r) => ({ name: r.label, committed: ty(r.committed) }));
}
