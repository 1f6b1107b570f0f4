import type { QueueFilters } from "@/lib/appraisal/queue-filters";
import type { Option } from "@/lib/appraisal/dto";
import { inputClass } from "@/components/forms/field";
import { buttonClass } from "@/components/ui/button";

/** A plain GET form: filters live in the URL, work without JavaScript and can be bookmarked. */
export function QueueFilterBar({ f, statuses, activities, communes, years, tags }: {
  f: QueueFilters; statuses: Option[]; activities: Option[]; communes: Option[]; years: number[]; tags: string[];
}) {
  const sel = (name: string, label: string, value: string | number | undefined, options: Option[]) => (
    <div>
      <label htmlFor={`q-${name}`} className="block text-xs font-semibold text-slate-700">{label}</label>
      <select id={`q-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className={inputClass}>
        <option value="">Tất cả</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
  return (
    <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label="Lọc hồ sơ">
      <div className="sm:col-span-2">
        <label htmlFor="q-q" className="block text-xs font-semibold text-slate-700">Tìm kiếm (gõ có dấu hoặc không dấu)</label>
        <input id="q-q" name="q" type="search" defaultValue={f.q} placeholder="ví dụ: may moc, mã hồ sơ, tên cơ sở" className={inputClass} />
      </div>
      {sel("status", "Trạng thái", f.status, statuses)}
      {sel("activity", "Nội dung hoạt động", f.activity, activities)}
      {sel("commune", "Xã / phường", f.commune, communes)}
      {sel("fund", "Nguồn kinh phí", f.fund, [{ value: "KCDP", label: "Khuyến công địa phương" }, { value: "KCQG", label: "Khuyến công quốc gia" }])}
      {sel("year", "Năm", f.year, years.map((y) => ({ value: String(y), label: String(y) })))}
      {sel("tag", "Nhãn", f.tag, tags.map((t) => ({ value: t, label: t })))}
      <div>
        <label htmlFor="q-minScore" className="block text-xs font-semibold text-slate-700">Điểm bình quân từ</label>
        <input id="q-minScore" name="minScore" type="number" min={0} max={100} step={1} defaultValue={f.minScore} className={inputClass} />
      </div>
      <label className="flex min-h-11 items-center gap-2 self-end text-sm"><input type="checkbox" name="overdue" value="1" defaultChecked={f.overdue} /> Chỉ hồ sơ quá hạn</label>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>Lọc</button>
        <a href="?" className={buttonClass("ghost")}>Xóa lọc</a>
      </div>
    </form>
  );
}
