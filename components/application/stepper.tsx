"use client";

import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

export const STEPS = ["Hoạt động", "Nội dung", "Dự toán", "Cam kết & hồ sơ", "Xem lại"] as const;
const STEPS_EN = ["Activity", "Details", "Budget", "Commitments & files", "Review"] as const;

/**
 * Progress through the steps; every step can be revisited. Each button carries its step's name at every
 * width (a phone showed only "1"…"5"), and the current one is marked with aria-current (issue 13.6).
 */
export function Stepper({
  current,
  onGo,
  withErrors,
  locale = "vi",
}: {
  current: number;
  onGo: (i: number) => void;
  withErrors: Set<number>;
  locale?: Locale;
}) {
  const t = useTranslations("components.application.stepper");
  const labels = locale === "vi" ? STEPS : STEPS_EN;
  return (
    <nav aria-label={t("applicationSteps")} className="mb-4 no-print">
      <ol className="grid grid-cols-5 gap-1 text-[0.7rem] leading-tight sm:text-sm">
        {labels.map((label, i) => (
          <li key={label} className="min-w-0">
            <button
              type="button"
              onClick={() => onGo(i)}
              aria-current={i === current ? "step" : undefined}
              className={`flex h-full min-h-11 w-full flex-col items-start rounded-md border px-1.5 py-1 text-left sm:px-2 ${i === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"} ${withErrors.has(i) && i !== current ? "border-red-500" : ""}`}
            >
              <span className="block font-semibold" aria-hidden>
                {i + 1}
              </span>
              <span className="block break-words hyphens-auto">{label}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm font-semibold sm:hidden" aria-hidden>
        {t("step")} {current + 1}/{STEPS.length}: {labels[current]}
      </p>
    </nav>
  );
}
