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

/** Parse or throw a ValidationError carrying field messages; mutations call this on their input. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}

export { z };
