import { z } from "zod";
import { en, vi } from "zod/v4/locales";
import { ValidationError } from "@/lib/errors";
import { isToken, libText, renderText } from "@/lib/i18n/lib-text";
import type { Locale } from "@/lib/i18n/locale";

// Vietnamese messages for every zod issue that a schema does not word itself; a schema's own words are catalog
// tokens (lib/i18n/lib-text.ts), so both read in the visitor's language.
z.config(vi());
const english = en().localeError;

function messageIn(issue: z.core.$ZodIssue, locale: Locale): string {
  if (isToken(issue.message)) return renderText(issue.message, locale);
  if (locale === "en" && issue.code !== "custom") {
    const m = english(issue as unknown as z.core.$ZodRawIssue);
    const text = typeof m === "string" ? m : m?.message;
    if (text) return text;
  }
  return issue.message;
}

/** Field messages of a zod error, keyed by path, in `locale` (Vietnamese unless asked). */
export function fieldErrorsOf(error: z.ZodError, locale: Locale = "vi"): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(messageIn(issue, locale));
  }
  return out;
}

/** Path of the first string holding a NUL character, which PostgreSQL text cannot store (error 22021). */
function nulPath(v: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof v === "string") return v.includes("\u0000") ? path : null;
  if (depth > 8 || v === null || typeof v !== "object") return null;
  for (const [k, x] of Object.entries(v)) {
    const hit = nulPath(x, [...path, k], depth + 1);
    if (hit) return hit;
  }
  return null;
}

/** Parse or throw a ValidationError carrying field messages; mutations call this on their input. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nul = nulPath(input);
  if (nul)
    throw new ValidationError({ [nul.length ? nul.join(".") : "_form"]: [libText("validation.invalidCharacter")] });
  const result = schema.safeParse(input);
  if (!result.success) {
    const error = result.error;
    throw new ValidationError(fieldErrorsOf(error), undefined, (locale) => fieldErrorsOf(error, locale));
  }
  return result.data;
}

export { z };
