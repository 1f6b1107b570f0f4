import type { FormState } from "@/lib/form-state";

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="form-message"
      className={`mb-4 rounded-md p-3 text-sm ${state.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}
    >
      {state.message}
    </div>
  );
}
