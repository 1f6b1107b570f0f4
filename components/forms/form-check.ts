// The page's own check of a form's constraints (required, minimum length, number range, e-mail shape), run
// before anything is sent. Forms are rendered with noValidate, so the browser's native bubbles — worded in
// the browser's language, not the visitor's ("Please fill out this field.") — never appear; our messages
// are shown next to the field instead (components/forms/field.tsx) and announced.

export type CheckLocale = "vi" | "en";
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const M = {
  text: { vi: "Vui lòng nhập thông tin cho mục này.", en: "Please fill in this field." },
  select: { vi: "Vui lòng chọn một mục trong danh sách.", en: "Please choose an item from the list." },
  checkbox: { vi: "Vui lòng đánh dấu ô này để tiếp tục.", en: "Please tick this box to continue." },
  radio: { vi: "Vui lòng chọn một phương án.", en: "Please choose one of the options." },
  file: { vi: "Vui lòng chọn tệp.", en: "Please choose a file." },
  email: {
    vi: "Địa chỉ email chưa đúng dạng (ví dụ: ten@mien.vn).",
    en: "The e-mail address is not valid (e.g. name@domain.vn).",
  },
  number: { vi: "Vui lòng nhập một số.", en: "Please enter a number." },
  date: { vi: "Ngày chưa đầy đủ hoặc không hợp lệ.", en: "The date is incomplete or not valid." },
} as const;

function isControl(el: Element): el is Control {
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
}

/** The message for one control, or null when it passes. */
export function problemOf(el: Control, form: HTMLFormElement, locale: CheckLocale): string | null {
  if (el.disabled || !el.name) return null;
  if (el instanceof HTMLInputElement && ["hidden", "submit", "button", "reset", "image"].includes(el.type)) return null;
  if (el instanceof HTMLInputElement && el.type === "checkbox")
    return el.required && !el.checked ? M.checkbox[locale] : null;
  if (el instanceof HTMLInputElement && el.type === "radio") {
    if (!el.required) return null;
    const group = Array.from(form.elements).filter(
      (x) => x instanceof HTMLInputElement && x.type === "radio" && x.name === el.name,
    ) as HTMLInputElement[];
    return group.some((r) => r.checked) ? null : M.radio[locale];
  }
  if (el instanceof HTMLInputElement && el.type === "file")
    return el.required && !el.files?.length ? M.file[locale] : null;
  if (el instanceof HTMLSelectElement) return el.required && el.value === "" ? M.select[locale] : null;
  const value = el.value.trim();
  if (el.validity.badInput)
    return el instanceof HTMLInputElement && /date|month|time/.test(el.type) ? M.date[locale] : M.number[locale];
  if (value === "") return el.required ? M.text[locale] : null;
  if (el.minLength > 0 && value.length < el.minLength) {
    return locale === "vi"
      ? `Cần ít nhất ${el.minLength} ký tự (hiện có ${value.length}).`
      : `At least ${el.minLength} characters are needed (now ${value.length}).`;
  }
  if (el instanceof HTMLInputElement && el.type === "email" && el.validity.typeMismatch) return M.email[locale];
  if (el instanceof HTMLInputElement && el.type === "number") {
    if (el.min !== "" && Number(value) < Number(el.min))
      return locale === "vi" ? `Giá trị nhỏ nhất là ${el.min}.` : `The smallest value is ${el.min}.`;
    if (el.max !== "" && Number(value) > Number(el.max))
      return locale === "vi" ? `Giá trị lớn nhất là ${el.max}.` : `The largest value is ${el.max}.`;
  }
  return null;
}

/** Every failing control of the form, first one first, keyed by field name (one message per name). */
export function checkForm(
  form: HTMLFormElement,
  locale: CheckLocale,
): { errors: Record<string, string>; first: Control | null } {
  const errors: Record<string, string> = {};
  let first: Control | null = null;
  for (const el of Array.from(form.elements)) {
    if (!isControl(el) || errors[el.name]) continue;
    const problem = problemOf(el, form, locale);
    if (!problem) continue;
    errors[el.name] = problem;
    first ??= el;
  }
  return { errors, first };
}

/** The visitor's language, as the root layout wrote it on <html lang>. */
export function pageLocale(): CheckLocale {
  return typeof document !== "undefined" && document.documentElement.lang === "en" ? "en" : "vi";
}
