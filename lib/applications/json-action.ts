import { randomUUID } from "node:crypto";
import { isExpectedError, ValidationError } from "@/lib/errors";
import { libText, renderText } from "@/lib/i18n/lib-text";
import { logError } from "@/lib/log";
import { DATABASE_DOWN, visitorLocale } from "@/lib/action";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { reportDatabaseError } from "@/lib/resilience/db-state";

/** Result of an action called from client code with plain data (autosave, upload, submit). */
export type JsonResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Same policy as runAction: expected errors become messages in the visitor's language; anything else is logged with an id. */
export async function runJsonAction<T>(body: () => Promise<T>): Promise<JsonResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (e) {
    const locale = await visitorLocale();
    if (e instanceof ValidationError)
      return { ok: false, message: e.messageIn(locale), fieldErrors: e.fieldErrorsIn(locale) };
    if (isExpectedError(e)) return { ok: false, message: e.messageIn(locale) };
    if (isDatabaseUnavailable(e)) {
      reportDatabaseError();
      return { ok: false, message: renderText(DATABASE_DOWN, locale) };
    }
    const id = randomUUID().slice(0, 8);
    logError(id, e);
    return { ok: false, message: renderText(libText("errors.system", { id }), locale) };
  }
}
