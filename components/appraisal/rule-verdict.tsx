import type { RuleVerdictDto } from "@/lib/rules/load-verdict";
import { formatDate } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/locale";
import Link from "next/link";
import { routes } from "@/lib/routes";
import { translator } from "@/lib/i18n/messages";

/** The rule engine's verdict (eligibility, caps per line), beside the council's scores. */
export function RuleVerdict({
  verdict,
  locale,
  linkPrior = false,
}: {
  verdict: RuleVerdictDto | null;
  locale: Locale;
  linkPrior?: boolean;
}) {
  const t = translator(locale, "components.appraisal.ruleVerdict");
  if (!verdict) return <p className="text-sm text-slate-600">{t("noAutomaticCheckResultGroup")}</p>;
  return (
    <div className="space-y-2 text-sm" data-testid="rule-verdict">
      <div className="flex flex-wrap gap-2">
        <Badge tone={verdict.eligible ? "success" : "danger"}>
          {verdict.eligible ? t("eligibleBeneficiary") : t("notEligible")}
        </Badge>
        {verdict.priority.length > 0 && <Badge tone="info">{t("priorityCase")}</Badge>}
        <span className="text-slate-600">
          {t("judgedUnderTheRulesIn")} {formatDate(verdict.judgedOn)}
        </span>
      </div>
      <ul className="list-disc pl-5">
        {verdict.reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
        {verdict.priority.map((r, i) => (
          <li key={`p${i}`}>{r}</li>
        ))}
      </ul>
      <table className="w-full text-left">
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="py-1">
              {t("item")}
            </th>
            <th scope="col">{t("requested")}</th>
            <th scope="col">{t("maximum")}</th>
          </tr>
        </thead>
        <tbody>
          {verdict.lines.map((l, i) => (
            <tr key={i} className="border-t border-slate-100 align-top">
              <td className="py-1">
                {l.item}
                <p className="text-xs text-slate-600">{l.explanation}</p>
              </td>
              <td className="tabular-nums">{l.requested}</td>
              <td className={`tabular-nums ${l.ok ? "" : "font-semibold text-red-700"}`}>
                {l.maxSupport}
                {!l.ok && t("overTheCap")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {verdict.priorSupport.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950" data-testid="prior-support">
          <p className="font-semibold">{t("theEstablishmentAlreadyReceivedSupport")}</p>
          <ul className="list-disc pl-5">
            {verdict.priorSupport.map((f) => (
              <li key={`${f.proposalId}-${f.costKind}`}>
                {f.costKind}: {t("alreadySupported")} {f.amount} — {t("proposal")}{" "}
                {linkPrior ? (
                  <Link className="text-brand-700 underline" href={routes.staff.dossier(f.proposalId)}>
                    {f.code ?? f.title}
                  </Link>
                ) : (
                  (f.code ?? f.title)
                )}{" "}
                ({t("year")} {f.year})
              </li>
            ))}
          </ul>
          <p className="text-xs">{t("theMaximumAboveAlreadyCounts")}</p>
        </div>
      )}
      {verdict.problems.length > 0 && (
        <div className="rounded-md bg-red-50 p-2 text-red-900">
          <p className="font-semibold">{t("issuesToReview")}</p>
          <ul className="list-disc pl-5">
            {verdict.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
