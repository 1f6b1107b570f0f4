"use client";

import { useActionState, useId, type FormEvent, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ButtonVariant } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";

export type FormFieldSpec = {
  name: string;
  label: string;
  type?: "text" | "date" | "month" | "number" | "textarea" | "select" | "file" | "hidden";
  options?: ReadonlyArray<{ value: string; label: string }>;
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  multiple?: boolean;
  accept?: string;
  min?: number;
  max?: number;
  step?: string;
};

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: readonly FormFieldSpec[];
  submitLabel: string;
  confirm?: string;
  variant?: ButtonVariant;
  testId?: string;
  children?: ReactNode;
  locale: Locale;
};

/**
 * One form per server action: labels, errors next to fields, the typed values kept after an error
 * (React 19 resets forms), a confirmation before an irreversible step, progress on submit.
 */
export function ActionForm({ action, fields, submitLabel, confirm, variant, testId, children, locale }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const uid = useId(); // several forms share field names on one page: ids must stay unique
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    if (confirm && !window.confirm(confirm)) e.preventDefault();
  };
  const value = (f: FormFieldSpec) => (state.ok ? f.defaultValue : (state.values?.[f.name] ?? f.defaultValue)) ?? "";
  return (
    <ValidatedForm action={formAction} state={state} onSubmit={onSubmit} data-testid={testId} className="space-y-1">
      <FormMessage state={state} />
      {fields.map((f) => {
        const errors = state.fieldErrors?.[f.name];
        const key = `${f.name}-${state.ok ? "ok" : JSON.stringify(state.values?.[f.name] ?? "")}`;
        if (f.type === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue ?? ""} />;
        if (f.type === "textarea" || f.type === "select") {
          const id = `${uid}-${f.name}`;
          return (
            <Field key={key} name={f.name} id={id} label={f.label} errors={errors} hint={f.hint}>
              {f.type === "textarea" ? (
                <textarea
                  id={id}
                  name={f.name}
                  defaultValue={value(f)}
                  required={f.required}
                  rows={3}
                  className={inputClass}
                  aria-invalid={Boolean(errors?.length)}
                />
              ) : (
                <select
                  id={id}
                  name={f.name}
                  defaultValue={f.multiple ? (value(f) ? value(f)?.split(",") : []) : value(f)}
                  multiple={f.multiple}
                  size={f.multiple ? Math.min(6, f.options?.length ?? 1) : undefined}
                  required={f.required}
                  className={inputClass}
                  aria-invalid={Boolean(errors?.length)}
                >
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          );
        }
        return (
          <Field
            key={key}
            id={`${uid}-${f.name}`}
            name={f.name}
            label={f.label}
            errors={errors}
            hint={f.hint}
            type={f.type ?? "text"}
            required={f.required}
            defaultValue={f.type === "file" ? undefined : value(f)}
            multiple={f.multiple}
            accept={f.accept}
            min={f.min}
            max={f.max}
            step={f.step}
          />
        );
      })}
      {children}
      <FieldError errors={state.fieldErrors?._form} />
      <SubmitButton variant={variant} locale={locale}>
        {submitLabel}
      </SubmitButton>
    </ValidatedForm>
  );
}
