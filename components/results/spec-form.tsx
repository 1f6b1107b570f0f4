"use client";

import { useActionState, useId, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";

export type SpecField = {
  name: string;
  label: string;
  type?: "text" | "number" | "textarea" | "select" | "checkbox" | "hidden";
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** First option of a select meaning "none" (e.g. "— Không chọn —"). */
  empty?: string;
  hint?: string;
  inputMode?: "numeric" | "decimal" | "text";
};

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: readonly SpecField[];
  values?: Record<string, string>;
  submitLabel: string;
  testId?: string;
  /** Clear the fields after a successful submission (adding several rows in a row). */
  resetOnSuccess?: boolean;
  children?: ReactNode;
  locale: Locale;
};

/**
 * A form described by its fields: labels on every input, the (Vietnamese) error next to each field, the
 * typed values kept after an error (React 19 resets forms), progress on submit.
 */
export function SpecForm({
  action,
  fields,
  values = {},
  submitLabel,
  testId,
  resetOnSuccess = false,
  children,
  locale,
}: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const uid = useId();
  const v = (name: string) =>
    (state.ok && resetOnSuccess ? values[name] : (state.values?.[name] ?? values[name])) ?? "";
  const stamp = state.ok ? "ok" : JSON.stringify(state.values ?? {});
  return (
    <ValidatedForm
      action={formAction}
      state={state}
      data-testid={testId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <FormMessage state={state} />
      {fields.map((f) => {
        const id = `${uid}-${f.name}`;
        const errors = state.fieldErrors?.[f.name];
        const key = `${f.name}-${stamp}`;
        const aria = {
          "aria-invalid": Boolean(errors?.length),
          "aria-describedby": errors?.length ? `${id}-error` : undefined,
        };
        if (f.type === "hidden") return <input key={f.name} type="hidden" name={f.name} value={values[f.name] ?? ""} />;
        if (f.type === "checkbox") {
          return (
            <div key={key} className="mb-4">
              <label className="flex items-center gap-2 text-sm font-semibold text-slate-800">
                <input type="checkbox" name={f.name} className="h-5 w-5" defaultChecked={v(f.name) === "on"} />{" "}
                {f.label}
              </label>
              {f.hint && <p className="mt-1 text-xs text-slate-600">{f.hint}</p>}
              <FieldError id={`${id}-error`} errors={errors} />
            </div>
          );
        }
        if (f.type === "select" || f.type === "textarea") {
          return (
            <Field key={key} name={f.name} id={id} label={f.label} errors={errors} hint={f.hint}>
              {f.type === "select" ? (
                <select id={id} name={f.name} defaultValue={v(f.name)} className={inputClass} {...aria}>
                  {f.empty !== undefined && <option value="">{f.empty}</option>}
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <textarea id={id} name={f.name} defaultValue={v(f.name)} rows={3} className={inputClass} {...aria} />
              )}
            </Field>
          );
        }
        return (
          <Field
            key={key}
            id={id}
            name={f.name}
            label={f.label}
            errors={errors}
            hint={f.hint}
            type={f.type ?? "text"}
            inputMode={f.inputMode}
            defaultValue={v(f.name)}
          />
        );
      })}
      {children}
      <FieldError errors={state.fieldErrors?._form} />
      <SubmitButton locale={locale}>{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}
