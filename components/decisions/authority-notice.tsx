import type { Fund } from "@/lib/generated/prisma/enums";
import { AUTHORITY } from "@/lib/decisions/authority";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** Who holds the decision on a đề án of this fund (issue 15), shown beside the decision form. */
export function AuthorityNotice({ fund, locale }: { fund: Fund; locale: Locale }) {
  const a = AUTHORITY[fund];
  const t = translator(locale, "components.decisions.authorityNotice");
  return (
    <p className="mb-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="decision-authority">
      {fund === "KCQG"
        ? t("nationalFundProjectTheProvince", { holder: a.holder, basis: a.basis })
        : t("localFundProjectTheDepartment", { holder: a.holder })}
    </p>
  );
}
