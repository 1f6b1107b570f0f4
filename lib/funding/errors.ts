import { AppError } from "@/lib/errors";

/** A posting the rules refuse; the reasons are shown to the officer as they are. */
export class RuleRefusedError extends AppError {
  constructor(
    readonly reasons: string[],
    lead = "Không thể ghi bút toán",
  ) {
    super(`${lead}: ${reasons.join(" ")}`, "RULE_REFUSED");
  }
}
