import { formatMoney } from "@/lib/money";
import type { LineVerdict } from "@/lib/rules/types";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/** The live cap check next to a budget line: the maximum, why (with the article), and the amount over. */
export function CapCheck({
  verdict,
  index,
  onUseMax,
  locale = "vi",
}: {
  verdict: LineVerdict | undefined;
  index: number;
  onUseMax: () => void;
  locale?: Locale;
}) {
  const t = useTranslations("components.application.capCheck");
  if (!verdict) return null;
  const over = verdict.overBy > 0n;
  const tone = over
    ? "border-red-300 bg-red-50 text-red-950"
    : verdict.verified
      ? "border-green-300 bg-green-50 text-green-950"
      : "border-amber-300 bg-amber-50 text-amber-950";
  return (
    <div className={`mt-2 rounded-md border p-3 text-sm ${tone}`} data-testid={`cap-check-${index}`} aria-live="polite">
      <p className="font-semibold">
        {over
          ? t("overTheMaximumSupportMaximum", {
              value: formatMoney(verdict.maxSupport),
              value2: formatMoney(verdict.requested),
            })
          : t("maximumSupportForThisItem", { value: formatMoney(verdict.maxSupport) })}
      </p>
      <p className="mt-1">{verdict.explanation}</p>
      {over && verdict.maxSupport > 0n && (
        <button
          type="button"
          onClick={onUseMax}
          className="mt-2 min-h-11 rounded-md border border-red-400 bg-white px-3 py-2 font-semibold text-red-900 hover:bg-red-100"
        >
          {t("requestExactlyTheMaximum")} ({formatMoney(verdict.maxSupport)})
        </button>
      )}
    </div>
  );
}
