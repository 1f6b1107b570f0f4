// No "use client" here: server pages import inputClass from this file; Field and FieldError use a hook, so they
// are rendered only inside client components (the forms).
import { Children, cloneElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { useFormCheck } from "@/components/forms/validated-form";

type FieldProps = {
  name: string;
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  children?: ReactNode;
} & Omit<ComponentProps<"input">, "name">;

const inputClass =
  "mt-1 block w-full min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

/** The server's messages for a field, else the page's own check (ValidatedForm) for it. */
export function useFieldErrors(name: string | undefined, errors?: string[]): string[] | undefined {
  const check = useFormCheck();
  if (errors?.length) return errors;
  const own = name ? check?.clientErrors[name] : undefined;
  return own ? [own] : undefined;
}

function joinIds(...lists: Array<string | undefined>): string | undefined {
  return [...new Set(lists.flatMap((l) => l?.split(/\s+/) ?? []).filter(Boolean))].join(" ") || undefined;
}

type ControlProps = { "aria-invalid"?: unknown; "aria-describedby"?: string; id?: string };

/**
 * Label, control and the field's error, announced to screen readers and tied to the control with
 * aria-describedby. A control given as the only child (select, textarea) is wired the same way.
 */
export function Field({ name, label, errors, hint, children, id, ...input }: FieldProps) {
  const fieldId = id ?? `f-${name}`;
  const errorId = `${fieldId}-error`;
  const hintId = `${fieldId}-hint`;
  const shown = useFieldErrors(name, errors);
  const invalid = Boolean(shown?.length);
  const describedBy = [invalid ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  const only =
    Children.count(children) === 1 && isValidElement(children) && typeof children.type === "string"
      ? (children as ReactElement<ControlProps>)
      : null;
  return (
    <div className="mb-4">
      <label htmlFor={fieldId} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {only
        ? cloneElement(only, {
            "aria-invalid": invalid,
            "aria-describedby": joinIds(only.props["aria-describedby"], describedBy),
          })
        : (children ?? (
            <input
              id={fieldId}
              name={name}
              className={inputClass}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              {...input}
            />
          ))}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={errorId} errors={shown} />
    </div>
  );
}

/** A field's error line; with `name`, it also shows the page's own check for that field. */
export function FieldError({ id, errors, name }: { id?: string; errors?: string[]; name?: string }) {
  const shown = useFieldErrors(name, errors);
  return (
    <p
      id={id}
      aria-live="polite"
      className="mt-1 text-sm text-red-700"
      data-field-error={shown?.length ? "" : undefined}
    >
      {shown?.join(" ")}
    </p>
  );
}

/** A labelled textarea wired like Field (errors, hint, aria-describedby). */
export function TextareaField({
  name,
  label,
  errors,
  hint,
  id,
  ...rest
}: { name: string; label: ReactNode; errors?: string[]; hint?: ReactNode } & Omit<ComponentProps<"textarea">, "name">) {
  const fieldId = id ?? `f-${name}`;
  return (
    <Field name={name} id={fieldId} label={label} errors={errors} hint={hint}>
      <textarea id={fieldId} name={name} className={inputClass} {...rest} />
    </Field>
  );
}

export { inputClass };
