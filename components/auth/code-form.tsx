"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** One code field (TOTP or recovery code); after enrolment the recovery codes are shown once. */
export function CodeForm({ action, label, submit }: { action: Action; label: string; submit: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const codes = state.ok ? state.values?.codes?.split(" ") : undefined;
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      {codes && (
        <ul data-testid="recovery-codes" className="mb-4 grid grid-cols-2 gap-1 font-mono text-sm">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <Field name="code" label={label} autoComplete="one-time-code" errors={state.fieldErrors?.code} required />
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}
