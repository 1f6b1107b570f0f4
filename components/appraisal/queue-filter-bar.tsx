import type { QueueFilters } from "@/lib/appraisal/queue-filters";
import type { Option } from "@/lib/appraisal/dto";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { inputClass } from "@/components/forms/field";
import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** A plain GET form: filters live in the URL, work without JavaScript and can be bookmarked. */
export function QueueFilterBar({
  f,
  statuses,
  activities,
  communes,
  years,
  tags,
  locale,
}: {
  f: QueueFilters;
  statuses: Option[];
  activities: Option[];
  communes: Option[];
  years: number[];
  tags: string[];
  locale: Locale;
}) {
  const t = translator(locale, "components.appraisal.queueFilterBar");
  const sel = (name: string, label: string, value: string | number | undefined, options: Option[]) => (
    <div>
      <label htmlFor={`q-${name}`} className="block text-xs font-semibold text-slate-700">
        {label}
      </label>
      <select
        id={`q-${name}`}
        name={name}
        defaultValue={value === undefined ? "" : String(value)}
        className={inputClass}
      >
        <option value="">{t("all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
      role="search"
      aria-label={t("filterDossiers")}
    >
      <div className="sm:col-span-2">
        <label htmlFor="q-q" className="block text-xs font-semibold text-slate-700">
          {t("searchWithOrWithoutDiacritics")}
        </label>
        <input
          id="q-q"
          name="q"
          type="search"
          defaultValue={f.q}
          placeholder={t("eGMayMocDossier")}
          className={inputClass}
        />
      </div>
      {sel(
        "status",
        t("status"),
        f.status,
        locale === "vi"
          ? statuses
          : statuses.map((o) => ({
              ...o,
              label: (STATUS_INFO as Record<string, { label: { en: string } }>)[o.value]?.label.en ?? o.label,
            })),
      )}
      {sel("activity", t("activity"), f.activity, activities)}
      {sel("commune", t("communeWard"), f.commune, communes)}
      {sel("fund", t("fund"), f.fund, [
        { value: "KCDP", label: t("localIndustrialExtension") },
        { value: "KCQG", label: t("nationalIndustrialExtension") },
      ])}
      {sel(
        "year",
        t("year"),
        f.year,
        years.map((y) => ({ value: String(y), label: String(y) })),
      )}
      {sel(
        "tag",
        t("tag"),
        f.tag,
        tags.map((t) => ({ value: t, label: t })),
      )}
      <div>
        <label htmlFor="q-minScore" className="block text-xs font-semibold text-slate-700">
          {t("minimumMeanScore")}
        </label>
        <input
          id="q-minScore"
          name="minScore"
          type="number"
          min={0}
          max={100}
          step={1}
          defaultValue={f.minScore}
          className={inputClass}
        />
      </div>
      <label className="flex min-h-11 items-center gap-2 self-end text-sm">
        <input type="checkbox" name="overdue" value="1" defaultChecked={f.overdue} /> {t("overdueOnly")}
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("filter")}
        </button>
        <a href="?" className={buttonClass("ghost")}>
          {t("clearFilters")}
        </a>
      </div>
    </form>
  );
}
