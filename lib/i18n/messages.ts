import "server-only";
import { _createCache, _createIntlFormatters, createTranslator, type AbstractIntlMessages } from "next-intl";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import libEn from "@/messages/lib/en.json";
import libVi from "@/messages/lib/vi.json";
import clientNamespaces from "@/lib/i18n/client-namespaces.json";
import type { Locale } from "@/lib/i18n/locale";

// The message catalogs (messages/vi.json, messages/en.json), keyed by feature: the namespace of a page or
// component is its file path (app/doanh-nghiep/ho-so/page.tsx → "app.doanhNghiep.hoSo.page"). Messages are
// ICU (next-intl): parameters in braces, plurals as {count, plural, …}. tests/unit/messages.test.ts fails when
// a key exists in one language only or a message does not parse.
export const MESSAGES: Record<Locale, AbstractIntlMessages> = { vi: { ...vi, lib: libVi }, en: { ...en, lib: libEn } };

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export type Values = Record<string, string | number | bigint | Date | null | undefined>;
export type Translate = (key: string, values?: Values) => string;

// One cache for the process: compiled messages are keyed by their text and locale, so requests share them.
const cache = _createCache();
const formatters = _createIntlFormatters(cache);

/** A server-side translator for one namespace, in the visitor's language (sync, so any helper can use it). */
export function translator(locale: Locale, namespace: string): Translate {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace,
    timeZone: TIME_ZONE,
    _cache: cache,
    _formatters: formatters,
  });
  const call = t as unknown as (k: string, v?: Record<string, unknown>) => string;
  return (key, values) => call(key, values && present(values));
}

/** A missing value reads as nothing, never "null". */
function present(values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = v ?? "";
  return out;
}

function pick(messages: AbstractIntlMessages, namespace: string): AbstractIntlMessages | undefined {
  let node: AbstractIntlMessages | string | undefined = messages;
  for (const part of namespace.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "object" ? node : undefined;
}

/**
 * The messages the browser receives: the namespaces every page's client components may read (lib/i18n/
 * client-namespaces.json "global": the menu, the form checks, the confirmation dialog…), and those one page asks for
 * (components/i18n/with-messages.tsx) — never the whole catalog.
 */
export function clientMessages(locale: Locale, extra: readonly string[] = []): AbstractIntlMessages {
  const out: Record<string, unknown> = {};
  for (const ns of [...clientNamespaces.global, ...extra]) {
    const value = pick(MESSAGES[locale], ns);
    if (!value) continue;
    const parts = ns.split(".");
    let o = out;
    for (const p of parts.slice(0, -1)) o = (o[p] ??= {}) as Record<string, unknown>;
    o[parts[parts.length - 1]!] = value;
  }
  return out as AbstractIntlMessages;
}
