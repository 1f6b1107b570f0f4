import { ratioBp, ratioTenths } from "@/lib/metrics/ratio";

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
  /** Counterpart capital of the beneficiaries (vốn đối ứng). */
  counterpart: bigint;
};

export type BudgetExecution = BudgetFigures & {
  /** committed / planned */
  commitmentRateBp: number | null;
  /** disbursed / committed: TY_LE_GIAI_NGAN of the indicator catalogue (domain §6.2). */
  disbursementRateBp: number | null;
  /** settled / committed */
  settlementRateBp: number | null;
  /** planned − committed (negative = over-committed, which the envelope guard forbids). */
  uncommitted: bigint;
  /** counterpart / KC support, in tenths (HE_SO_DOI_UNG; "1 đồng KC thu hút … đồng đối ứng"). */
  leverageTenths: number | null;
};

export const ZERO_BUDGET: BudgetFigures = { planned: 0n, committed: 0n, disbursed: 0n, settled: 0n, counterpart: 0n };

export function addBudget(a: BudgetFigures, b: BudgetFigures): BudgetFigures {
  return {
    planned: a.planned + b.planned,
    committed: a.committed + b.committed,
    disbursed: a.disbursed + b.disbursed,
    settled: a.settled + b.settled,
    counterpart: a.counterpart + b.counterpart,
  };
}

/**
 * Leverage is counterpart over the KC money actually put in: settled support once settled, otherwise the
 * committed support (e.g. Vĩnh Phúc 2014–2020: 243 tỷ / 16,895 tỷ ≈ 14,4 : 1, domain §5.3).
 */
export function leverageTenths(counterpart: bigint, support: bigint): number | null {
  return ratioTenths(counterpart, support);
}

export function budgetExecution(f: BudgetFigures): BudgetExecution {
  const supportBase = f.settled > 0n ? f.settled : f.committed;
  return {
    ...f,
    commitmentRateBp: ratioBp(f.committed, f.planned),
    disbursementRateBp: ratioBp(f.disbursed, f.committed),
    settlementRateBp: ratioBp(f.settled, f.committed),
    uncommitted: f.planned - f.committed,
    leverageTenths: leverageTenths(f.counterpart, supportBase),
  };
}

/** Net disbursement from ledger sums: advances + final payments − refunds. */
export function netDisbursed(advances: bigint, finalPayments: bigint, refunds: bigint): bigint {
  return advances + finalPayments - refunds;
}
