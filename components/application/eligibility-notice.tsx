import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/** Whether the establishment itself qualifies (ND 45/2012 Art. 1.2 and 5), shown before anything is typed. */
export function EligibilityNotice({
  problems,
  priority,
  editHref,
  locale = "vi",
}: {
  problems: string[];
  priority: string[];
  editHref: string | null;
  locale?: Locale;
}) {
  const t = useTranslations("components.application.eligibilityNotice");
  if (problems.length === 0 && priority.length === 0) return null;
  return (
    <div className="mb-4 grid gap-2" data-testid="eligibility-notice">
      {problems.length > 0 && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950">
          <p className="font-semibold">{t("theEstablishmentDoesNotYet")}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {editHref && (
            <Link href={editHref} className="mt-2 inline-block font-semibold underline">
              {t("updateEstablishmentDetails")}
            </Link>
          )}
        </div>
      )}
      {priority.length > 0 && (
        <div className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-950">
          <p className="font-semibold">{t("theEstablishmentHasPriority")}</p>
          <ul className="mt-1 list-disc pl-5">
            {priority.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
