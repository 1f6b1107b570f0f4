import type { DashboardDto } from "@/lib/dashboard/dto";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { inputClass } from "@/components/forms/field";
import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";

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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const years: Option[] = [];
  for (let y = filters.startYear; y <= filters.endYear; y += 1) years.push({ value: String(y), label: String(y) });
  return (
    <form
      method="get"
      action={action}
      className="no-print mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      aria-label={t("Bộ lọc", "Filters")}
    >
      <Select
        name="ky"
        label={t("Giai đoạn", "Period")}
        value={`${filters.startYear}-${filters.endYear}`}
        options={data.periods}
      />
      <Select
        name="nam"
        label={t("Năm", "Year")}
        value={filters.year ? String(filters.year) : null}
        options={years}
        all={t("Cả giai đoạn", "Whole period")}
      />
      <Select
        name="nguon"
        label={t("Nguồn kinh phí", "Fund")}
        value={filters.fund}
        options={[
          { value: "KCQG", label: t("Khuyến công quốc gia", "National industrial extension") },
          { value: "KCDP", label: t("Khuyến công địa phương", "Local industrial extension") },
        ]}
        all={t("Tất cả", "All")}
      />
      <Select
        name="noidung"
        label={t("Nội dung hoạt động", "Activity")}
        value={filters.category}
        options={data.categoryOptions}
        all={t("Tất cả", "All")}
      />
      {filters.illustrative && <input type="hidden" name="minhHoa" value="1" />}
      {data.provinceOptions.length > 0 && (
        <Select
          name="tinh"
          label={t("Tỉnh", "Province")}
          value={filters.province}
          options={data.provinceOptions}
          all={t("Toàn quốc", "Nationwide")}
        />
      )}
      {data.communeOptions.length > 0 && (
        <Select
          name="xa"
          label={t("Xã, phường", "Commune, ward")}
          value={filters.commune}
          options={data.communeOptions}
          all={t("Tất cả", "All")}
        />
      )}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("Lọc", "Filter")}
        </button>
        <a href={action} className={buttonClass("secondary")}>
          {t("Bỏ lọc", "Clear filters")}
        </a>
      </div>
    </form>
  );
}
