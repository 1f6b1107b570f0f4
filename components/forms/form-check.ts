// The page's own check of a form's constraints (required, minimum length, number range, e-mail shape), run
// before anything is sent. Forms are rendered with noValidate, so the browser's native bubbles — worded in
// the browser's language, not the visitor's ("Please fill out this field.") — never appear; our messages
// are shown next to the field instead (components/forms/field.tsx) and announced.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Translates a key of the "components.forms.formCheck" catalog namespace (useTranslations in the form). */
export type CheckText = (key: string, values?: Record<string, string | number>) => string;

function isControl(el: Element): el is Control {
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
}

/** The message for one control, or null when it passes. */
export function problemOf(el: Control, form: HTMLFormElement, t: CheckText): string | null {
  if (el.disabled || !el.name) return null;
  if (el instanceof HTMLInputElement && ["hidden", "submit", "button", "reset", "image"].includes(el.type)) return null;
  if (el instanceof HTMLInputElement && el.type === "checkbox")
    return el.required && !el.checked ? t("checkbox") : null;
  if (el instanceof HTMLInputElement && el.type === "radio") {
    if (!el.required) return null;
    const group = Array.from(form.elements).filter(
      (x) => x instanceof HTMLInputElement && x.type === "radio" && x.name === el.name,
    ) as HTMLInputElement[];
    return group.some((r) => r.checked) ? null : t("radio");
  }
  if (el instanceof HTMLInputElement && el.type === "file") return el.required && !el.files?.length ? t("file") : null;
  if (el instanceof HTMLSelectElement) return el.required && el.value === "" ? t("select") : null;
  const value = el.value.trim();
  if (el.validity.badInput)
    return el instanceof HTMLInputElement && /date|month|time/.test(el.type) ? t("date") : t("number");
  if (value === "") return el.required ? t("text") : null;
  if (el.minLength > 0 && value.length < el.minLength) {
    return t("minLength", { minLength: el.minLength, length: value.length });
  }
  if (el instanceof HTMLInputElement && el.type === "email" && el.validity.typeMismatch) return t("email");
  if (el instanceof HTMLInputElement && el.type === "number") {
    if (el.min !== "" && Number(value) < Number(el.min)) return t("min", { min: el.min });
    if (el.max !== "" && Number(value) > Number(el.max)) return t("max", { max: el.max });
  }
  return null;
}

/** Every failing control of the form, first one first, keyed by field name (one message per name). */
export function checkForm(
  form: HTMLFormElement,
  t: CheckText,
): { errors: Record<string, string>; first: Control | null } {
  const errors: Record<string, string> = {};
  let first: Control | null = null;
  for (const el of Array.from(form.elements)) {
    if (!isControl(el) || errors[el.name]) continue;
    const problem = problemOf(el, form, t);
    if (!problem) continue;
    errors[el.name] = problem;
    first ??= el;
  }
  return { errors, first };
}
