import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { env } from "@/lib/env";

/** A decision or rule change refused until the official confirms a fresh second factor. */
export class StepUpRequiredError extends ForbiddenError {}

/**
 * Step-up (issue 22): a leader's decision and an admin's rule change need a second factor confirmed in this
 * session within STEP_UP_MAX_AGE_MINUTES. Checked by the mutation itself, so no page or script can skip it.
 */
export function assertFreshSecondFactor(actor: Actor, now = new Date()): void {
  const minutes = env().STEP_UP_MAX_AGE_MINUTES;
  if (!actor.secondFactorAt) {
    throw new StepUpRequiredError(
      "Thao tác này cần xác thực hai yếu tố. Hãy đăng ký ứng dụng xác thực tại Tài khoản › Bảo mật (/tai-khoan/bao-mat), nhập mã rồi thử lại.",
    );
  }
  if (now.getTime() - actor.secondFactorAt.getTime() > minutes * 60_000) {
    throw new StepUpRequiredError(
      `Lần xác thực hai yếu tố gần nhất đã quá ${minutes} phút. Nhập mã mới tại /tai-khoan/xac-thuc rồi thử lại.`,
    );
  }
}
