import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { EnvelopeSummary as Summary } from "@/lib/plans/envelope-summary";
import { formatMoney } from "@/lib/money";
import { translator } from "@/lib/i18n/messages";

const FUND = {
  KCQG: { vi: "khuyến công quốc gia", en: "national industrial extension" },
  KCDP: { vi: "khuyến công địa phương", en: "local industrial extension" },
} as const;

/**
 * The plan year's envelope (hạn mức) for the đề án's fund, shown beside the decision form so the leader
 * sees what is left before approving (issue 13.3); a missing envelope is said here, with where to set it.
 */
export function EnvelopeSummary({ s, locale }: { s: Summary; locale: Locale }) {
  const t = translator(locale, "components.decisions.envelopeSummary");
  const title = `${t("budgetEnvelope")} ${FUND[s.fund][locale]} ${s.year}`;
  if (!s.envelope) {
    return (
      <section
        aria-label={title}
        data-testid="envelope-summary"
        data-missing="true"
        className="mb-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
      >
        <p className="font-semibold">{title}</p>
        <p className="mt-1">
          {t("noEnvelopeIsSetFor")}{" "}
          <Link href="/can-bo/ke-hoach" className="font-semibold underline">
            {t("setTheEnvelopeOnThe")}
          </Link>
          .
        </p>
      </section>
    );
  }
  const remaining = BigInt(s.envelope.remaining);
  const after = remaining - BigInt(s.requested);
  return (
    <section
      aria-label={title}
      data-testid="envelope-summary"
      className="mb-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
    >
      <p className="font-semibold">{title}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 tabular-nums">
        <dt>{t("envelope")}</dt>
        <dd data-testid="envelope-amount">{formatMoney(BigInt(s.envelope.amount))}</dd>
        <dt>{t("committed")}</dt>
        <dd data-testid="envelope-committed">{formatMoney(BigInt(s.envelope.committed))}</dd>
        <dt>{t("remaining")}</dt>
        <dd data-testid="envelope-remaining" className="font-semibold">
          {formatMoney(remaining)}
        </dd>
      </dl>
      <p
        className={`mt-1 ${after < 0n ? "font-semibold text-red-700" : "text-slate-700"}`}
        data-testid="envelope-after"
      >
        {after < 0n
          ? t("theRequestedExceedsWhatIs", { value: formatMoney(BigInt(s.requested)), value2: formatMoney(-after) })
          : t("approvingTheRequestedLeaves", { value: formatMoney(BigInt(s.requested)), value2: formatMoney(after) })}
      </p>
    </section>
  );
}
