import type { Locale } from "@/lib/i18n/locale";
import type { OwnersDto } from "@/lib/dashboard/dto";
import { OWNER_GROUPS, OWNER_GROUP_LABEL, type OwnerGroup } from "@/lib/metrics/owner-groups";

const cell = "border border-slate-300 px-2 py-1";

/** The dashboard's breakdown by owner group (women, ethnic minority) and by industry (issue 19). */
export function OwnerGroups({ data, locale }: { data: OwnersDto; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const label = (g: string) =>
    g in OWNER_GROUP_LABEL ? t(OWNER_GROUP_LABEL[g as OwnerGroup].vi, OWNER_GROUP_LABEL[g as OwnerGroup].en) : g;
  const n = (v: number | string) => Number(v).toLocaleString("vi-VN");
  return (
    <div className="space-y-6">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" data-testid="owner-groups">
          <caption className="sr-only">{t("Theo nhóm chủ sở hữu", "By owner group")}</caption>
          <thead>
            <tr className="bg-slate-50">
              <th scope="col" className={cell}>
                {t("Nhóm chủ sở hữu", "Owner group")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("Số đề án", "Projects")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("Số cơ sở", "Establishments")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("Kinh phí hỗ trợ", "Support")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...data.groups, data.total].map((g) => (
              <tr key={g.group} className={g.group === "TOTAL" ? "font-semibold" : ""}>
                <th scope="row" className={`${cell} font-normal`}>
                  {g.group === "TOTAL" ? t("Tổng cộng", "Total") : label(g.group)}
                </th>
                <td className={`${cell} text-right tabular-nums`}>{n(g.proposals)}</td>
                <td className={`${cell} text-right tabular-nums`}>{n(g.establishments)}</td>
                <td className={`${cell} text-right tabular-nums`}>{g.supportDisplay}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-1 text-xs text-slate-600">
          {t(
            "Các nhóm không trùng nhau, cộng lại bằng tổng. Mục tiêu của kế hoạch không giao theo nhóm chủ sở hữu nên chỉ có số thực hiện.",
            "Groups do not overlap and add up to the total. Plan targets are not set by owner group, so only actuals are shown.",
          )}
        </p>
      </div>
      {data.results.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-semibold">
              {t("Kết quả nghiệm thu theo nhóm chủ sở hữu", "Accepted results by owner group")}
            </caption>
            <thead>
              <tr className="bg-slate-50">
                <th scope="col" className={cell}>
                  {t("Chỉ tiêu", "Indicator")}
                </th>
                {OWNER_GROUPS.map((g) => (
                  <th key={g} scope="col" className={`${cell} text-right`}>
                    {label(g)}
                  </th>
                ))}
                <th scope="col" className={`${cell} text-right`}>
                  {t("Tổng", "Total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.results.map((r) => (
                <tr key={r.code}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {r.name} ({r.unit})
                  </th>
                  {OWNER_GROUPS.map((g) => (
                    <td key={g} className={`${cell} text-right tabular-nums`}>
                      {n(r.byGroup[g] ?? "0")}
                    </td>
                  ))}
                  <td className={`${cell} text-right tabular-nums font-semibold`}>{n(r.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.industries.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-semibold">{t("Theo ngành nghề của cơ sở", "By industry")}</caption>
            <thead>
              <tr className="bg-slate-50">
                <th scope="col" className={cell}>
                  {t("Ngành nghề", "Industry")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("Số đề án", "Projects")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("Số cơ sở", "Establishments")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("Kinh phí hỗ trợ", "Support")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.industries.map((i) => (
                <tr key={i.group || i.label}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {i.label}
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{n(i.proposals)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{n(i.establishments)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{i.supportDisplay}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
