import type { Fund } from "@/lib/generated/prisma/enums";
import { AUTHORITY } from "@/lib/decisions/authority";
import type { Locale } from "@/lib/i18n/locale";

/** Who holds the decision on a đề án of this fund (issue 15), shown beside the decision form. */
export function AuthorityNotice({ fund, locale }: { fund: Fund; locale: Locale }) {
  const a = AUTHORITY[fund];
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <p className="mb-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="decision-authority">
      {fund === "KCQG"
        ? t(
            `Đề án kinh phí khuyến công quốc gia: tỉnh thẩm định, đề xuất; thẩm quyền phê duyệt thuộc ${a.holder} (${a.basis}).`,
            `National-fund project: the province appraises and proposes; the decision belongs to the Ministry of Industry and Trade.`,
          )
        : t(
            `Đề án kinh phí khuyến công địa phương: thẩm quyền quyết định thuộc ${a.holder}.`,
            "Local-fund project: the department's leadership decides, within the provincial plan approved by the Provincial People's Committee.",
          )}
    </p>
  );
}
