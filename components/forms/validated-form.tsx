"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
} from "react";
import type { FormState } from "@/lib/form-state";
import { checkForm, problemOf } from "@/components/forms/form-check";
import { useTranslations } from "next-intl";

type FormCheck = {
  /** Our own message per field name, from the page's check before sending. */
  clientErrors: Record<string, string>;
  /** Runs the check, shows the messages and focuses the first field at fault; true when all pass. */
  validate: () => boolean;
};

const FormCheckContext = createContext<FormCheck | null>(null);

/** The check of the form around the caller (null outside a ValidatedForm). */
export function useFormCheck(): FormCheck | null {
  return useContext(FormCheckContext);
}

type Props = Omit<ComponentProps<"form">, "action" | "noValidate"> & {
  action: (formData: FormData) => void;
  /** The state the action answered; the form is cleared only after a success. */
  state: FormState;
};

/**
 * The one form every server action uses.
 * - Keeps what was typed after a server-side error: React 19 resets a form when its action finishes, which
 *   puts every uncontrolled field back to its default — drop-downs fall back to "— Chọn —" (issue 13.1).
 *   The reset React requests for a submission is cancelled (the reset event is cancelable), and the form is
 *   reset by us only when the server answered with success.
 * - Checks required fields itself (noValidate) with messages in the visitor's language, shown next to the
 *   field by Field/FieldError and announced (issue 13.2); the server checks the same fields with zod.
 */
export function ValidatedForm({ action, state, onSubmit, children, ...rest }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  const submitted = useRef(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const check = useTranslations("components.forms.formCheck");

  const validate = useCallback(() => {
    const form = ref.current;
    if (!form) return true;
    const { errors, first } = checkForm(form, check);
    setClientErrors(errors);
    first?.focus();
    return first === null;
  }, [check]);

  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    const onReset = (e: Event) => {
      if (!submitted.current) return;
      submitted.current = false;
      e.preventDefault();
    };
    // A field corrected by the visitor loses its message at once.
    const onEdit = (e: Event) => {
      const el = e.target as HTMLInputElement;
      if (!el.name) return;
      setClientErrors((prev) => {
        if (!prev[el.name] || problemOf(el, form, check)) return prev;
        const next = { ...prev };
        delete next[el.name];
        return next;
      });
    };
    form.addEventListener("reset", onReset);
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
    return () => {
      form.removeEventListener("reset", onReset);
      form.removeEventListener("input", onEdit);
      form.removeEventListener("change", onEdit);
    };
  }, [check]);

  const answered = useRef(state);
  useEffect(() => {
    if (answered.current === state) return;
    answered.current = state;
    submitted.current = false;
    if (state.ok) ref.current?.reset();
  }, [state]);

  const handleSubmit = (e: Parameters<NonNullable<ComponentProps<"form">["onSubmit"]>>[0]) => {
    onSubmit?.(e);
    if (e.defaultPrevented) return;
    if (!validate()) {
      e.preventDefault();
      return;
    }
    submitted.current = true;
  };

  const value = useMemo(() => ({ clientErrors, validate }), [clientErrors, validate]);
  return (
    <FormCheckContext value={value}>
      <form ref={ref} action={action} noValidate onSubmit={handleSubmit} {...rest}>
        {children}
      </form>
    </FormCheckContext>
  );
}
