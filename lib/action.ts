import { randomUUID } from "node:crypto";
import { isExpectedError, ValidationError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/form-state";
import { logError } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { reportDatabaseError } from "@/lib/resilience/db-state";
import { OUTAGE_RETRY_SECONDS } from "@/lib/resilience/outage-page";

export const DATABASE_DOWN = `Hệ thống tạm thời gián đoạn (cơ sở dữ liệu không phản hồi). Dữ liệu chưa được lưu; vui lòng thử lại sau khoảng ${OUTAGE_RETRY_SECONDS} giây.`;

/**
 * Runs the body of a server action: expected errors become a Vietnamese message (and field errors);
 * anything else is logged with an id and the user gets a generic message with that id.
 * Redirects must happen after this returns (outside the try), as Next requires.
 */
export async function runAction(formData: FormData | null, body: () => Promise<FormState>): Promise<FormState> {
  const values = formData ? formValues(formData) : undefined;
  try {
    return await body();
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values };
    if (isExpectedError(e)) return { ok: false, message: e.message, values };
    if (isDatabaseUnavailable(e)) {
      // The server probes and answers 503 to what follows; this form keeps what was typed.
      reportDatabaseError();
      return { ok: false, message: DATABASE_DOWN, values };
    }
    const id = randomUUID().slice(0, 8);
    logError(id, e);
    return { ok: false, message: `Đã có lỗi hệ thống (mã ${id}). Dữ liệu chưa được lưu; vui lòng thử lại.`, values };
  }
}
