import type { Tx } from "@/lib/db";
import { applyBp } from "@/lib/money";

/** volumeDoneBp from an approved force-majeure amendment's details, if any. */
export function volumeDoneBpOf(details: unknown): number | null {
  if (!details || typeof details !== "object") return null;
  const v = (details as Record<string, unknown>).volumeDoneBp;
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 10_000 ? v : null;
}

/**
 * The support that may be paid and settled: the approved support, or — after an approved force-majeure
 * amendment — only the share of the volume actually done (TT 36/2013/TT-BCT; §4.3 "bất khả kháng").
 */
export async function settleableSupport(
  tx: Tx,
  proposalId: string,
  approvedSupport: bigint,
): Promise<{ amount: bigint; volumeDoneBp: number | null }> {
  const fm = await tx.amendment.findFirst({
    where: { proposalId, kind: "FORCE_MAJEURE", status: "APPROVED" },
    orderBy: { decidedAt: "desc" },
    select: { details: true },
  });
  const bp = volumeDoneBpOf(fm?.details);
  return bp === null
    ? { amount: approvedSupport, volumeDoneBp: null }
    : { amount: applyBp(approvedSupport, bp), volumeDoneBp: bp };
}
