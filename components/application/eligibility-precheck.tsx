import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { Precheck } from "@/lib/rules/precheck";
import { translator } from "@/lib/i18n/messages";

/**
 * Per activity content: does this establishment qualify, and why — each reason naming its rule and
 * instrument (issue 13.5). Shown right after registration and on the applicant's home page.
 */
export function EligibilityPrecheck({
  check,
  locale,
  editHref = "/doanh-nghiep/co-so",
}: {
  check: Precheck;
  locale: Locale;
  editHref?: string;
}) {
  const t = translator(locale, "components.application.eligibilityPrecheck");
  const none = check.eligibleCount === 0;
  return (
    <section
      aria-labelledby="precheck-title"
      data-testid="eligibility-precheck"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="precheck-title" className="text-lg font-semibold">
        {t("doesTheEstablishmentQualifyFor")}
      </h2>
      <p className="mt-1 text-sm text-slate-700" data-testid="precheck-summary">
        {none
          ? t("fromTheDetailsGivenThe")
          : t("theEstablishmentQualifiesForOf", {
              eligibleCount: check.eligibleCount,
              length: check.activities.length,
              value: check.basis ? ` (${check.basis})` : "",
            })}
      </p>
      {none && (
        <p className="mt-2">
          <Link href={editHref} className="font-semibold text-brand-700 underline">
            {t("updateEstablishmentDetails")}
          </Link>
        </p>
      )}
      <ul className="mt-3 divide-y divide-slate-100">
        {check.activities.map((a) => (
          <li
            key={a.activityId}
            className="py-2"
            data-testid="precheck-activity"
            data-eligible={a.eligible ? "true" : "false"}
          >
            <details>
              <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-2 gap-y-1 py-1">
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-semibold ${a.eligible ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
                >
                  {a.eligible ? t("qualifies") : t("doesNotQualify")}
                </span>
                <span className="font-semibold">
                  {a.contentNo}. {a.name}
                </span>
                <span className="text-xs text-slate-600">({a.article})</span>
              </summary>
              <ul className="mt-1 list-disc pl-6 text-sm">
                {a.problems.map((p) => (
                  <li key={p} className="text-red-800">
                    {p}
                  </li>
                ))}
                {a.reasons.map((r) => (
                  <li key={r} className="text-slate-700">
                    {r}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      {check.priority.length > 0 && (
        <div className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-950">
          <p className="font-semibold">{t("theEstablishmentHasPriority")}</p>
          <ul className="mt-1 list-disc pl-5">
            {check.priority.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
