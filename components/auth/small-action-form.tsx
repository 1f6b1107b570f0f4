"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** A one-button form with hidden fields (end a session, revoke, lock), its result beside it. */
export function SmallActionForm({
  action,
  fields,
  label,
  danger = false,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={`min-h-9 rounded-md border px-3 py-1 text-sm font-semibold ${danger ? "border-red-700 text-red-800" : "border-slate-400 text-slate-800"}`}
      >
        {label}
      </button>
      {state.message && (
        <span role="status" className={`text-sm ${state.ok ? "text-green-800" : "text-red-800"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
