import type { PlanView } from "@/lib/plans/queries";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** Running total against the envelope: committed, waiting in the plan, remaining — and a warning when over. */
export function TotalsBar({ plan, locale }: { plan: PlanView; locale: Locale }) {
  const t = translator(locale, "components.plans.totalsBar");
  const totals = plan.totals;
  const pct = Math.min(100, totals.usedBp / 100);
  if (!plan.envelope) return <p className="text-sm font-semibold text-amber-800">{t("noBudgetEnvelopeForThis")}</p>;
  return (
    <div data-testid="plan-totals">
      <div
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
        role="img"
        aria-label={locale === "vi" ? `Đã dùng ${totals.used} hạn mức` : `${totals.used} of the envelope used`}
      >
        <div className={`h-full ${totals.fits ? "bg-brand-700" : "bg-red-700"}`} style={{ width: `${pct}%` }} />
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">{t("envelope")}</dt>
          <dd className="font-semibold tabular-nums">{plan.envelope.amount}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("approvedCommitted")}</dt>
          <dd className="font-semibold tabular-nums">{totals.committed}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("awaitingApprovalInThePlan")}</dt>
          <dd className="font-semibold tabular-nums">{totals.pending}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{totals.overBy ? t("overTheEnvelopeBy") : t("remaining")}</dt>
          <dd className={`font-semibold tabular-nums ${totals.overBy ? "text-red-700" : ""}`}>
            {totals.overBy ?? totals.remaining}
          </dd>
        </div>
      </dl>
    </div>
  );
}
