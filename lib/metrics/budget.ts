import { ratioBp, ratioTenths } from "@/lib/metrics/ratio";
import { counterpartRatios } from "@/lib/metrics/counterpart";

// Budget execution of one fund and year (or any slice), integer VND.
export type BudgetFigures = {
  /** Envelope allocated (dự toán được giao) for the slice. */
  planned: bigint;
  /** Support approved for đề án of the slice (cam kết). */
  committed: bigint;
  /** Advances and final payments less refunds (giải ngân). */
  disbursed: bigint;
  /** Support finally settled (quyết toán). */
  settled: bigint;
  /** Counterpart capital of the beneficiaries (vốn đối ứng): documented once settled, else planned. */
  counterpart: bigint;
  /** Counterpart planned, over committed đề án (same set as `committed`). */
  plannedCounterpart: bigint;
  /** Counterpart documented at settlement, over settled đề án (same set as `settled`). */
  documentedCounterpart: bigint;
  /**
   * Support committed of the đề án whose payments the portal tracks (under contract, or with money in the
   * ledger). Disbursement is known only for them: a đề án taken from a publication has no ledger, and its
   * disbursement is unknown, not 0 %.
   */
  trackedCommitted: bigint;
};

export type BudgetExecution = BudgetFigures & {
  /** committed / planned */
  commitmentRateBp: number | null;
  /** disbursed / tracked committed (same đề án): TY_LE_GIAI_NGAN (domain §6.2); null = unknown. */
  disbursementRateBp: number | null;
  /** settled / committed */
  settlementRateBp: number | null;
  /** planned − committed (negative = over-committed, which the envelope guard forbids). */
  uncommitted: bigint;
  /** Planned counterpart ratio, in tenths (lib/metrics/counterpart.ts). */
  plannedLeverageTenths: number | null;
  /** Documented counterpart ratio, in tenths (lib/metrics/counterpart.ts). */
  documentedLeverageTenths: number | null;
};

export const ZERO_BUDGET: BudgetFigures = {
  planned: 0n,
  committed: 0n,
  disbursed: 0n,
  settled: 0n,
  counterpart: 0n,
  plannedCounterpart: 0n,
  documentedCounterpart: 0n,
  trackedCommitted: 0n,
};

export function addBudget(a: BudgetFigures, b: BudgetFigures): BudgetFigures {
  return {
    planned: a.planned + b.planned,
    committed: a.committed + b.committed,
    disbursed: a.disbursed + b.disbursed,
    settled: a.settled + b.settled,
    counterpart: a.counterpart + b.counterpart,
    plannedCounterpart: a.plannedCounterpart + b.plannedCounterpart,
    documentedCounterpart: a.documentedCounterpart + b.documentedCounterpart,
    trackedCommitted: a.trackedCommitted + b.trackedCommitted,
  };
}

/** Counterpart over KC support of the same đề án, in tenths (e.g. 243 tỷ / 16,895 tỷ ≈ 14,4 : 1, domain §5.3). */
export function leverageTenths(counterpart: bigint, support: bigint): number | null {
  return ratioTenths(counterpart, support);
}

export function budgetExecution(f: BudgetFigures): BudgetExecution {
  const ratios = counterpartRatios(f);
  return {
    ...f,
    commitmentRateBp: ratioBp(f.committed, f.planned),
    disbursementRateBp: ratioBp(f.disbursed, f.trackedCommitted),
    settlementRateBp: ratioBp(f.settled, f.committed),
    uncommitted: f.planned - f.committed,
    plannedLeverageTenths: ratios.plannedTenths,
    documentedLeverageTenths: ratios.documentedTenths,
  };
}

/** Net disbursement from ledger sums: advances + final payments − refunds. */
export function netDisbursed(advances: bigint, finalPayments: bigint, refunds: bigint): bigint {
  return advances + finalPayments - refunds;
}
