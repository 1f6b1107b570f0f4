import type { DashboardDto } from "@/lib/dashboard/dto";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { inputClass } from "@/components/forms/field";
import { buttonClass } from "@/components/ui/button";

type Option = { value: string; label: string };

function Select({ name, label, value, options, all }: { name: string; label: string; value: string | null; options: Option[]; all?: string }) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-semibold text-slate-800">{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        {all && <option value="">{all}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** A plain GET form: the filters become URL search params, so a view can be shared and exported as seen. */
export function FilterBar({ data, filters, action }: { data: DashboardDto; filters: DashboardFilters; action: string }) {
  const years: Option[] = [];
  for (let y = filters.startYear; y <= filters.endYear; y += 1) years.push({ value: String(y), label: String(y) });
  return (
    <form method="get" action={action} className="no-print mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6" aria-label="Bộ lọc">
      <Select name="ky" label="Giai đoạn" value={`${filters.startYear}-${filters.endYear}`} options={data.periods} />
      <Select name="nam" label="Năm" value={filters.year ? String(filters.year) : null} options={years} all="Cả giai đoạn" />
      <Select name="nguon" label="Nguồn kinh phí" value={filters.fund} options={[{ value: "KCQG", label: "Khuyến công quốc gia" }, { value: "KCDP", label: "Khuyến công địa phương" }]} all="Tất cả" />
      <Select name="noidung" label="Nội dung hoạt động" value={filters.category} options={data.categoryOptions} all="Tất cả" />
      {data.provinceOptions.length > 0 && <Select name="tinh" label="Tỉnh" value={filters.province} options={data.provinceOptions} all="Toàn quốc" />}
      {data.communeOptions.length > 0 && <Select name="xa" label="Xã, phường" value={filters.commune} options={data.communeOptions} all="Tất cả" />}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>Lọc</button>
        <a href={action} className={buttonClass("secondary")}>Bỏ lọc</a>
      </div>
    </form>
  );
}
