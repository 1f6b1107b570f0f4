"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="text-brand-700 underline">
      {label}
    </button>
  );
}
