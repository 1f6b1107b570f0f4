import { z } from "zod";
import { vi } from "zod/v4/locales";
import { ValidationError } from "@/lib/errors";

// Vietnamese messages for every zod issue that a schema does not word itself.
z.config(vi());

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
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
  if (nul) throw new ValidationError({ [nul.length ? nul.join(".") : "_form"]: ["Dữ liệu chứa ký tự không hợp lệ."] });
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}

export { z };
