import type { PlanView } from "@/lib/plans/queries";
import type { Locale } from "@/lib/i18n/locale";

/** Running total against the envelope: committed, waiting in the plan, remaining — and a warning when over. */
export function TotalsBar({ plan, locale }: { plan: PlanView; locale: Locale }) {
  const tx = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const t = plan.totals;
  const pct = Math.min(100, t.usedBp / 100);
  if (!plan.envelope)
    return (
      <p className="text-sm font-semibold text-amber-800">
        {tx(
          "Chưa có hạn mức kinh phí cho năm và nguồn này: nhập hạn mức trước khi phê duyệt.",
          "No budget envelope for this year and fund yet: enter the envelope before approval.",
        )}
      </p>
    );
  return (
    <div data-testid="plan-totals">
      <div
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
        role="img"
        aria-label={locale === "vi" ? `Đã dùng ${t.used} hạn mức` : `${t.used} of the envelope used`}
      >
        <div className={`h-full ${t.fits ? "bg-brand-700" : "bg-red-700"}`} style={{ width: `${pct}%` }} />
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">{tx("Hạn mức", "Envelope")}</dt>
          <dd className="font-semibold tabular-nums">{plan.envelope.amount}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{tx("Đã phê duyệt (cam kết)", "Approved (committed)")}</dt>
          <dd className="font-semibold tabular-nums">{t.committed}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{tx("Chờ phê duyệt trong kế hoạch", "Awaiting approval in the plan")}</dt>
          <dd className="font-semibold tabular-nums">{t.pending}</dd>
        </div>
        <div>
          <dt className="text-slate-600">
            {t.overBy ? tx("Vượt hạn mức", "Over the envelope by") : tx("Còn lại", "Remaining")}
          </dt>
          <dd className={`font-semibold tabular-nums ${t.overBy ? "text-red-700" : ""}`}>{t.overBy ?? t.remaining}</dd>
        </div>
      </dl>
    </div>
  );
}
