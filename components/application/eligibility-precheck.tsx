import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { Precheck } from "@/lib/rules/precheck";

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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const none = check.eligibleCount === 0;
  return (
    <section
      aria-labelledby="precheck-title"
      data-testid="eligibility-precheck"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="precheck-title" className="text-lg font-semibold">
        {t("Cơ sở có đủ điều kiện nhận hỗ trợ không?", "Does the establishment qualify for support?")}
      </h2>
      <p className="mt-1 text-sm text-slate-700" data-testid="precheck-summary">
        {none
          ? t(
              "Theo thông tin đã khai, cơ sở chưa đủ điều kiện với nội dung hoạt động nào. Xem lý do bên dưới; nếu thông tin chưa đúng, hãy cập nhật thông tin cơ sở.",
              "From the details given, the establishment does not qualify for any activity content. See why below; if a detail is wrong, update the establishment.",
            )
          : locale === "vi"
            ? `Cơ sở đủ điều kiện với ${check.eligibleCount}/${check.activities.length} nội dung hoạt động, xét theo quy định có hiệu lực hôm nay${check.basis ? ` (${check.basis})` : ""}.`
            : `The establishment qualifies for ${check.eligibleCount} of ${check.activities.length} activity contents under the rules in force today${check.basis ? ` (${check.basis})` : ""}.`}
      </p>
      {none && (
        <p className="mt-2">
          <Link href={editHref} className="font-semibold text-brand-700 underline">
            {t("Cập nhật thông tin cơ sở", "Update establishment details")}
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
                  {a.eligible ? t("Đủ điều kiện", "Qualifies") : t("Chưa đủ điều kiện", "Does not qualify")}
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
          <p className="font-semibold">{t("Cơ sở thuộc diện ưu tiên:", "The establishment has priority:")}</p>
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
