import { libText, renderText } from "@/lib/i18n/lib-text";
import type { Locale } from "@/lib/i18n/locale";

// Expected errors carry a message that may be shown to the user: a catalog token (lib/i18n/lib-text.ts), rendered
// in the visitor's language by runAction, or plain Vietnamese text. `message` is always the Vietnamese reading (logs,
// tests, the JSON API). Anything else is logged with an id and the user sees a generic message.
export class AppError extends Error {
  /** The message as written: a token or plain text. */
  readonly text: string;
  constructor(
    text: string,
    readonly code: string,
  ) {
    super(renderText(text));
    this.text = text;
    this.name = new.target.name;
  }

  messageIn(locale: Locale): string {
    return renderText(this.text, locale);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = libText("errors.forbidden")) {
    super(message, "FORBIDDEN");
  }
}

/** A record the user may not see answers exactly like a record that does not exist. */
export class NotFoundError extends AppError {
  constructor(message = libText("errors.notFound")) {
    super(message, "NOT_FOUND");
  }
}

export class WorkflowError extends AppError {
  constructor(message: string) {
    super(message, "WORKFLOW");
  }
}

export class ConflictError extends AppError {
  constructor(message = libText("errors.conflict")) {
    super(message, "CONFLICT");
  }
}

type FieldErrors = Record<string, string[]>;

export class ValidationError extends AppError {
  /** Field messages in Vietnamese; `fieldErrorsIn` gives them in the visitor's language. */
  readonly fieldErrors: FieldErrors;
  private readonly raw: FieldErrors;
  constructor(
    fieldErrors: FieldErrors,
    message = libText("errors.validation"),
    /** Re-renders the field messages in a language (zod's issues, kept by parseOrThrow). */
    private readonly localized?: (locale: Locale) => FieldErrors,
  ) {
    super(message, "VALIDATION");
    this.raw = fieldErrors;
    this.fieldErrors = renderFields(fieldErrors, "vi");
  }

  fieldErrorsIn(locale: Locale): FieldErrors {
    return this.localized ? this.localized(locale) : renderFields(this.raw, locale);
  }
}

function renderFields(fields: FieldErrors, locale: Locale): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.map((m) => renderText(m, locale))]));
}

export class RateLimitError extends AppError {
  constructor(message = libText("errors.rateLimit")) {
    super(message, "RATE_LIMIT");
  }
}

export function isExpectedError(e: unknown): e is AppError {
  return e instanceof AppError;
}
