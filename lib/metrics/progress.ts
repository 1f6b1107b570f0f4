import { ratioBp } from "@/lib/metrics/ratio";

export type Direction = "INCREASE" | "DECREASE";
export type TargetValue = { value: bigint; atLeast: boolean };

export type Achievement = {
  /** actual / target in basis points; null when there is no target or the target is zero. */
  percentBp: number | null;
  /** Whether the target is reached; null when there is no target. */
  met: boolean | null;
};

/**
 * Target against actual. A zero target has no meaningful percentage (division by zero), but is met by any
 * non-negative actual for an increasing indicator. An "at least" target (trên 38 tỷ) is the plan's floor:
 * reaching the floor counts as met.
 */
export function achievement(
  target: TargetValue | null,
  actual: bigint,
  direction: Direction = "INCREASE",
): Achievement {
  if (!target) return { percentBp: null, met: null };
  if (direction === "DECREASE") {
    return { percentBp: actual === 0n ? null : ratioBp(target.value, actual), met: actual <= target.value };
  }
  if (target.value <= 0n) return { percentBp: null, met: actual >= target.value };
  return { percentBp: ratioBp(actual, target.value), met: actual >= target.value };
}

export type ProgressStatus = "ACHIEVED" | "ON_TRACK" | "AT_RISK" | "BEHIND" | "NOT_STARTED" | "NO_DATA" | "NO_TARGET";

/** Progress at or above 90 % of the time-proportional expectation is on track; 70–90 % at risk; below, behind. */
export const ON_TRACK_FACTOR_BP = 9_000;
export const AT_RISK_FACTOR_BP = 7_000;

type StatusInput = {
  achievement: Achievement;
  hasData: boolean;
  elapsedBp: number;
  /** Cumulative indicators are expected to grow with time; a level indicator is judged against 100 %. */
  cumulative: boolean;
};

export function progressStatus({ achievement: a, hasData, elapsedBp, cumulative }: StatusInput): ProgressStatus {
  if (a.met === null) return "NO_TARGET";
  if (a.met && hasData) return "ACHIEVED";
  if (elapsedBp <= 0) return "NOT_STARTED";
  if (!hasData) return "NO_DATA";
  if (a.met) return "ACHIEVED";
  if (a.percentBp === null) return "BEHIND";
  const expected = cumulative ? elapsedBp : 10_000;
  if (a.percentBp * 10_000 >= expected * ON_TRACK_FACTOR_BP) return "ON_TRACK";
  if (a.percentBp * 10_000 >= expected * AT_RISK_FACTOR_BP) return "AT_RISK";
  return "BEHIND";
}
