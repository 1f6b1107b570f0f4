import { createTranslator, type AbstractIntlMessages } from "next-intl";
import en from "@/messages/lib/en.json";
import vi from "@/messages/lib/vi.json";
import type { Locale } from "@/lib/i18n/locale";

import { TOKEN, type TextValues } from "@/lib/i18n/lib-token";

// The "lib" catalog is its own pair of files (messages/lib/vi.json, en.json): lib/validation.ts and lib/errors.ts run in
// the browser too (the application form checks its schema before sending), and only this small catalog goes there.
// Renders the catalog tokens of lib/i18n/lib-token.ts in the visitor's language at the edge (lib/action.ts runAction,
// the sign-in action); anywhere else — logs, tests, the JSON API — a token reads as Vietnamese (the default), so a
// lib caller never sees a token it did not ask for.

export { isToken, libText } from "@/lib/i18n/lib-token";

const CATALOGS: Record<Locale, AbstractIntlMessages> = { vi, en };
const translators = {
  vi: createTranslator({ locale: "vi", messages: CATALOGS.vi }),
  en: createTranslator({ locale: "en", messages: CATALOGS.en }),
};

/** The token's message in `locale`; any other text unchanged. */
export function renderText(text: string, locale: Locale = "vi"): string {
  const m = TOKEN.exec(text);
  if (!m) return text;
  const raw = m[2] ? (JSON.parse(m[2]) as TextValues) : undefined;
  // A value may itself be a token (an action's or a status's name): rendered in the same language.
  const values = raw
    ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === "string" ? renderText(v, locale) : v]))
    : undefined;
  const t = translators[locale] as unknown as (key: string, values?: TextValues) => string;
  return t(m[1]!, values);
}
