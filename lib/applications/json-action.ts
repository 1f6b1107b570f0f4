import { randomUUID } from "node:crypto";
import { isExpectedError, ValidationError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { DATABASE_DOWN } from "@/lib/action";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { reportDatabaseError } from "@/lib/resilience/db-state";

/** Result of an action called from client code with plain data (autosave, upload, submit). */
export type JsonResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Same policy as runAction: expected errors become Vietnamese messages; anything else is logged with an id. */
export async function runJsonAction<T>(body: () => Promise<T>): Promise<JsonResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    if (isExpectedError(e)) return { ok: false, message: e.message };
    if (isDatabaseUnavailable(e)) {
      reportDatabaseError();
      return { ok: false, message: DATABASE_DOWN };
    }
    const id = randomUUID().slice(0, 8);
    logError(id, e);
    return { ok: false, message: `Đã có lỗi hệ thống (mã ${id}). Dữ liệu chưa được lưu; vui lòng thử lại.` };
  }
}
