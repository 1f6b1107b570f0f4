// Running total of an annual plan against its budget envelope (pure, integer VND).
export type PlanLine = { status: string; requestedSupport: bigint; approvedSupport: bigint | null };
export type EnvelopeFigures = { amount: bigint; committed: bigint };

export type PlanTotals = {
  /** Already committed against the envelope (approved đề án, this plan and any other). */
  committed: bigint;
  /** Recommended đề án in the plan waiting for the plan's approval. */
  pending: bigint;
  /** What would be committed if the plan were approved now. */
  projected: bigint;
  remaining: bigint;
  overBy: bigint;
  fits: boolean;
  /** Share of the envelope used after approval, in basis points (0 when there is no envelope). */
  usedBp: number;
};

export const PENDING_STATUSES = ["RECOMMENDED", "MINISTRY_APPRAISAL"] as const;

export function planTotals(lines: readonly PlanLine[], envelope: EnvelopeFigures | null): PlanTotals {
  const pending = lines
    .filter((l) => (PENDING_STATUSES as readonly string[]).includes(l.status))
    .reduce((s, l) => s + l.requestedSupport, 0n);
  const amount = envelope?.amount ?? 0n;
  const committed = envelope?.committed ?? 0n;
  const projected = committed + pending;
  const remaining = amount - projected;
  return {
    committed,
    pending,
    projected,
    remaining: remaining > 0n ? remaining : 0n,
    overBy: remaining < 0n ? -remaining : 0n,
    fits: envelope !== null && projected <= amount,
    usedBp: amount > 0n ? Number((projected * 10_000n) / amount) : 0,
  };
}
