import type { DashboardDto } from "@/lib/dashboard/dto";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { inputClass } from "@/components/forms/field";
import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

type Option = { value: string; label: string };

function Select({
  name,
  label,
  value,
  options,
  all,
}: {
  name: string;
  label: string;
  value: string | null;
  options: Option[];
  all?: string;
}) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        {all && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters become URL search params, so a view can be shared and exported as seen. */
export function FilterBar({
  data,
  filters,
  action,
  locale,
}: {
  data: DashboardDto;
  filters: DashboardFilters;
  action: string;
  locale: Locale;
}) {
  const t = translator(locale, "components.dashboard.filterBar");
  const years: Option[] = [];
  for (let y = filters.startYear; y <= filters.endYear; y += 1) years.push({ value: String(y), label: String(y) });
  return (
    <form
      method="get"
      action={action}
      className="no-print mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      aria-label={t("filters")}
    >
      <Select name="ky" label={t("period")} value={`${filters.startYear}-${filters.endYear}`} options={data.periods} />
      <Select
        name="nam"
        label={t("year")}
        value={filters.year ? String(filters.year) : null}
        options={years}
        all={t("wholePeriod")}
      />
      <Select
        name="nguon"
        label={t("fund")}
        value={filters.fund}
        options={[
          { value: "KCQG", label: t("nationalIndustrialExtension") },
          { value: "KCDP", label: t("localIndustrialExtension") },
        ]}
        all={t("all")}
      />
      <Select
        name="noidung"
        label={t("activity")}
        value={filters.category}
        options={data.categoryOptions}
        all={t("all")}
      />
      {filters.illustrative && <input type="hidden" name="minhHoa" value="1" />}
      {data.provinceOptions.length > 0 && (
        <Select
          name="tinh"
          label={t("province")}
          value={filters.province}
          options={data.provinceOptions}
          all={t("nationwide")}
        />
      )}
      {data.communeOptions.length > 0 && (
        <Select
          name="xa"
          label={t("communeWard")}
          value={filters.commune}
          options={data.communeOptions}
          all={t("all")}
        />
      )}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("filter")}
        </button>
        <a href={action} className={buttonClass("secondary")}>
          {t("clearFilters")}
        </a>
      </div>
    </form>
  );
}
