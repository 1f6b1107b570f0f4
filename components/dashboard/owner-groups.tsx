import type { Locale } from "@/lib/i18n/locale";
import type { OwnersDto } from "@/lib/dashboard/dto";
import { OWNER_GROUPS, OWNER_GROUP_LABEL, type OwnerGroup } from "@/lib/metrics/owner-groups";
import { translator } from "@/lib/i18n/messages";

// Cell styles set once on the table, not on each of its cells: the industries alone are a few hundred cells, and each
// class list was sent twice (the HTML and React's payload) — issue 21, the leader dashboard's weight.
const grid =
  "w-full border-collapse text-left text-sm [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums [&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_th]:py-1 [&_tbody_th]:font-normal [&_thead_th:not(:first-child)]:text-right";

/** The dashboard's breakdown by owner group (women, ethnic minority) and by industry (issue 19). */
export function OwnerGroups({ data, locale }: { data: OwnersDto; locale: Locale }) {
  const t = translator(locale, "components.dashboard.ownerGroups");
  const label = (g: string) => (g in OWNER_GROUP_LABEL ? OWNER_GROUP_LABEL[g as OwnerGroup][locale] : g);
  const n = (v: number | string) => Number(v).toLocaleString("vi-VN");
  return (
    <div className="space-y-6">
      <div className="overflow-x-auto">
        <table className={grid} data-testid="owner-groups">
          <caption className="sr-only">{t("byOwnerGroup")}</caption>
          <thead>
            <tr className="bg-slate-50">
              <th scope="col">{t("ownerGroup")}</th>
              <th scope="col">{t("projects")}</th>
              <th scope="col">{t("establishments")}</th>
              <th scope="col">{t("support")}</th>
            </tr>
          </thead>
          <tbody>
            {[...data.groups, data.total].map((g) => (
              <tr key={g.group} className={g.group === "TOTAL" ? "font-semibold" : ""}>
                <th scope="row">{g.group === "TOTAL" ? t("total") : label(g.group)}</th>
                <td>{n(g.proposals)}</td>
                <td>{n(g.establishments)}</td>
                <td>{g.supportDisplay}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-1 text-xs text-slate-600">{t("groupsDoNotOverlapAnd")}</p>
      </div>
      {data.results.length > 0 && (
        <div className="overflow-x-auto">
          <table className={grid}>
            <caption className="mb-1 text-left font-semibold">{t("acceptedResultsByOwnerGroup")}</caption>
            <thead>
              <tr className="bg-slate-50">
                <th scope="col">{t("indicator")}</th>
                {OWNER_GROUPS.map((g) => (
                  <th key={g} scope="col">
                    {label(g)}
                  </th>
                ))}
                <th scope="col">{t("total2")}</th>
              </tr>
            </thead>
            <tbody>
              {data.results.map((r) => (
                <tr key={r.code}>
                  <th scope="row">
                    {r.name} ({r.unit})
                  </th>
                  {OWNER_GROUPS.map((g) => (
                    <td key={g}>{n(r.byGroup[g] ?? "0")}</td>
                  ))}
                  <td className="font-semibold">{n(r.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.industries.length > 0 && (
        <div className="overflow-x-auto">
          <table className={grid}>
            <caption className="mb-1 text-left font-semibold">{t("byIndustry")}</caption>
            <thead>
              <tr className="bg-slate-50">
                <th scope="col">{t("industry")}</th>
                <th scope="col">{t("projects")}</th>
                <th scope="col">{t("establishments")}</th>
                <th scope="col">{t("support")}</th>
              </tr>
            </thead>
            <tbody>
              {data.industries.map((i) => (
                <tr key={i.group || i.label}>
                  <th scope="row">{i.label}</th>
                  <td>{n(i.proposals)}</td>
                  <td>{n(i.establishments)}</td>
                  <td>{i.supportDisplay}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
