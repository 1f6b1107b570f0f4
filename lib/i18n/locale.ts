import { cookies } from "next/headers";

export type Locale = "vi" | "en";
export type Text = { vi: string; en: string };

export const LOCALE_COOKIE = "lang";

/** Vietnamese first; English when the visitor chose it. Reading the cookie makes the page dynamic. */
export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return store.get(LOCALE_COOKIE)?.value === "en" ? "en" : "vi";
}

export function tr(locale: Locale, text: Text): string {
  return text[locale];
}
