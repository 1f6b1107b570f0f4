"use client";

import type { Locale } from "@/lib/i18n/locale";

export const STEPS = ["Nội dung", "Thông tin", "Dự toán", "Cam kết & tài liệu", "Xem lại & nộp"] as const;
const STEPS_EN = ["Activity", "Details", "Budget", "Commitments & documents", "Review & submit"] as const;

/** Progress through the steps; every step can be revisited. */
export function Stepper({ current, onGo, withErrors, locale = "vi" }: { current: number; onGo: (i: number) => void; withErrors: Set<number>; locale?: Locale }) {
  const labels = locale === "vi" ? STEPS : STEPS_EN;
  return (
    <nav aria-label={locale === "vi" ? "Các bước lập hồ sơ" : "Application steps"} className="mb-4 no-print">
      <ol className="flex gap-1 overflow-x-auto text-xs sm:text-sm">
        {labels.map((label, i) => (
          <li key={label} className="min-w-0 flex-1">
            <button type="button" onClick={() => onGo(i)} aria-current={i === current ? "step" : undefined}
              className={`w-full min-h-11 rounded-md border px-2 py-1 text-left ${i === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"} ${withErrors.has(i) && i !== current ? "border-red-500" : ""}`}>
              <span className="block font-semibold">{i + 1}</span>
              <span className="hidden sm:block">{label}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm font-semibold sm:hidden">{locale === "vi" ? "Bước" : "Step"} {current + 1}/{STEPS.length}: {labels[current]}</p>
    </nav>
  );
}
