import type { ComponentProps, ReactNode } from "react";

type FieldProps = {
  name: string;
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  children?: ReactNode;
} & Omit<ComponentProps<"input">, "name">;

const inputClass = "mt-1 block w-full min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

/** Label, input and the field's error, announced to screen readers. */
export function Field({ name, label, errors, hint, children, id, ...input }: FieldProps) {
  const fieldId = id ?? `f-${name}`;
  const errorId = `${fieldId}-error`;
  const hintId = `${fieldId}-hint`;
  const invalid = Boolean(errors?.length);
  return (
    <div className="mb-4">
      <label htmlFor={fieldId} className="block text-sm font-semibold text-slate-800">{label}</label>
      {children ?? (
        <input
          id={fieldId}
          name={name}
          className={inputClass}
          aria-invalid={invalid}
          aria-describedby={[invalid ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined}
          {...input}
        />
      )}
      {hint && <p id={hintId} className="mt-1 text-xs text-slate-600">{hint}</p>}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-700" data-field-error={errors?.length ? "" : undefined}>
      {errors?.join(" ")}
    </p>
  );
}

export { inputClass };
