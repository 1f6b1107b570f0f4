import type { Locale } from "@/lib/i18n/locale";
import type { OwnersDto } from "@/lib/dashboard/dto";
import { OWNER_GROUPS, OWNER_GROUP_LABEL, type OwnerGroup } from "@/lib/metrics/owner-groups";
import { translator } from "@/lib/i18n/messages";

const cell = "border border-slate-300 px-2 py-1";

/** The dashboard's breakdown by owner group (women, ethnic minority) and by industry (issue 19). */
export function OwnerGroups({ data, locale }: { data: OwnersDto; locale: Locale }) {
  const t = translator(locale, "components.dashboard.ownerGroups");
  const label = (g: string) => (g in OWNER_GROUP_LABEL ? OWNER_GROUP_LABEL[g as OwnerGroup][locale] : g);
  const n = (v: number | string) => Number(v).toLocaleString("vi-VN");
  return (
    <div className="space-y-6">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" data-testid="owner-groups">
          <caption className="sr-only">{t("byOwnerGroup")}</caption>
          <thead>
            <tr className="bg-slate-50">
              <th scope="col" className={cell}>
                {t("ownerGroup")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("projects")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("establishments")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("support")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...data.groups, data.total].map((g) => (
              <tr key={g.group} className={g.group === "TOTAL" ? "font-semibold" : ""}>
                <th scope="row" className={`${cell} font-normal`}>
                  {g.group === "TOTAL" ? t("total") : label(g.group)}
                </th>
                <td className={`${cell} text-right tabular-nums`}>{n(g.proposals)}</td>
                <td className={`${cell} text-right tabular-nums`}>{n(g.establishments)}</td>
                <td className={`${cell} text-right tabular-nums`}>{g.supportDisplay}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-1 text-xs text-slate-600">{t("groupsDoNotOverlapAnd")}</p>
      </div>
      {data.results.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-semibold">{t("acceptedResultsByOwnerGroup")}</caption>
            <thead>
              <tr className="bg-slate-50">
                <th scope="col" className={cell}>
                  {t("indicator")}
                </th>
                {OWNER_GROUPS.map((g) => (
                  <th key={g} scope="col" className={`${cell} text-right`}>
                    {label(g)}
                  </th>
                ))}
                <th scope="col" className={`${cell} text-right`}>
                  {t("total2")}
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
            <caption className="mb-1 text-left font-semibold">{t("byIndustry")}</caption>
            <thead>
              <tr className="bg-slate-50">
                <th scope="col" className={cell}>
                  {t("industry")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("projects")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("establishments")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("support")}
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
