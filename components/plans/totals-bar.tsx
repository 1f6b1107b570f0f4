import type { PlanView } from "@/lib/plans/queries";

/** Running total against the envelope: committed, waiting in the plan, remaining — and a warning when over. */
export function TotalsBar({ plan }: { plan: PlanView }) {
  const t = plan.totals;
  const pct = Math.min(100, t.usedBp / 100);
  if (!plan.envelope) return <p className="text-sm font-semibold text-amber-800">Chưa có hạn mức kinh phí cho năm và nguồn này: nhập hạn mức trước khi phê duyệt.</p>;
  return (
    <div data-testid="plan-totals">
      <div className="h-3 w-full overflow-hidden rounded-full bg-slate-200" role="img" aria-label={`Đã dùng ${t.used} hạn mức`}>
        <div className={`h-full ${t.fits ? "bg-brand-700" : "bg-red-700"}`} style={{ width: `${pct}%` }} />
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div><dt className="text-slate-600">Hạn mức</dt><dd className="font-semibold tabular-nums">{plan.envelope.amount}</dd></div>
        <div><dt className="text-slate-600">Đã phê duyệt (cam kết)</dt><dd className="font-semibold tabular-nums">{t.committed}</dd></div>
        <div><dt className="text-slate-600">Chờ phê duyệt trong kế hoạch</dt><dd className="font-semibold tabular-nums">{t.pending}</dd></div>
        <div><dt className="text-slate-600">{t.overBy ? "Vượt hạn mức" : "Còn lại"}</dt><dd className={`font-semibold tabular-nums ${t.overBy ? "text-red-700" : ""}`}>{t.overBy ?? t.remaining}</dd></div>
      </dl>
    </div>
  );
}
