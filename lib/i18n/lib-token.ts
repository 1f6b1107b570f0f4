// Text that lib/ hands to the UI (field messages, an action's answer, an expected error) is a catalog key of the
// "lib" namespace with its parameters, written as a token: libText("validation.enterYear") → "@validation.enterYear",
// libText("errors.system", { id }) → '@errors.system|{"id":"…"}'. lib/i18n/lib-text.ts renders it; this module
// holds no catalog, so schemas shared with the browser stay small.

export type TextValues = Record<string, string | number>;

/** A token for the "lib" catalog key `key` (e.g. "validation.enterYear") with its parameters. */
export function libText(key: string, values?: TextValues): string {
  return values ? `@${key}|${JSON.stringify(values)}` : `@${key}`;
}

export const TOKEN = /^@([A-Za-z0-9_.]+)(?:\|(\{.*\}))?$/s;

export function isToken(text: string): boolean {
  return TOKEN.test(text);
}
