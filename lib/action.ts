import { randomUUID } from "node:crypto";
import { isExpectedError, ValidationError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/form-state";
import { libText, renderText } from "@/lib/i18n/lib-text";
import { getLocale, type Locale } from "@/lib/i18n/locale";
import { logError } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { reportDatabaseError } from "@/lib/resilience/db-state";
import { OUTAGE_RETRY_SECONDS } from "@/lib/resilience/outage-page";

export const DATABASE_DOWN = libText("errors.databaseDown", { seconds: OUTAGE_RETRY_SECONDS });

/** The visitor's language inside a server action (Vietnamese when there is no request, e.g. in a script). */
export async function visitorLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    return "vi";
  }
}

/** An action's answer with its messages (catalog tokens, lib/i18n/lib-text.ts) in the visitor's language. */
export function localizeState(state: FormState, locale: Locale): FormState {
  if (!state.message && !state.fieldErrors) return state;
  return {
    ...state,
    ...(state.message ? { message: renderText(state.message, locale) } : {}),
    ...(state.fieldErrors
      ? {
          fieldErrors: Object.fromEntries(
            Object.entries(state.fieldErrors).map(([k, v]) => [k, v.map((m) => renderText(m, locale))]),
          ),
        }
      : {}),
  };
}

/**
 * Runs the body of a server action: expected errors become a message (and field errors) in the visitor's
 * language; anything else is logged with an id and the user gets a generic message with that id.
 * Redirects must happen after this returns (outside the try), as Next requires.
 */
export async function runAction(formData: FormData | null, body: () => Promise<FormState>): Promise<FormState> {
  const values = formData ? formValues(formData) : undefined;
  let state: FormState;
  try {
    state = await body();
  } catch (e) {
    const locale = await visitorLocale();
    if (e instanceof ValidationError)
      return { ok: false, message: e.messageIn(locale), fieldErrors: e.fieldErrorsIn(locale), values };
    if (isExpectedError(e)) return { ok: false, message: e.messageIn(locale), values };
    if (isDatabaseUnavailable(e)) {
      // The server probes and answers 503 to what follows; this form keeps what was typed.
      reportDatabaseError();
      return { ok: false, message: renderText(DATABASE_DOWN, locale), values };
    }
    const id = randomUUID().slice(0, 8);
    logError(id, e);
    return { ok: false, message: renderText(libText("errors.system", { id }), locale), values };
  }
  return localizeState(state, await visitorLocale());
}
