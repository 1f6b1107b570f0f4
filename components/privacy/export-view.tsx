import { formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import type { PersonalDataExport } from "@/lib/privacy/export";
import { REGISTER } from "@/lib/privacy/register";
import { translator } from "@/lib/i18n/messages";

// The readable copy of a personal-data export (Law 91/2025/QH15, right of access): every section of the register
// with what the portal holds in it, as tables a person can read and print. The JSON download holds the same data.

type Plain = PersonalDataExport["sections"][keyof PersonalDataExport["sections"]];

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

function cell(v: Plain): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return ISO.test(v) ? formatDateTime(v) : v;
  if (typeof v === "boolean") return v ? "có" : "không";
  if (typeof v === "number") return v.toLocaleString("vi-VN");
  if (Array.isArray(v) && v.every((x) => typeof x !== "object" || x === null)) return v.map((x) => cell(x)).join(", ");
  return JSON.stringify(v);
}

function Value({ value, label }: { value: Plain; label: string }) {
  if (Array.isArray(value)) {
    if (value.length === 0) return <p className="text-sm text-slate-600">Không có. / None.</p>;
    const rows = value.filter((r): r is Record<string, Plain> => !!r && typeof r === "object" && !Array.isArray(r));
    if (rows.length !== value.length) return <p className="text-sm">{cell(value)}</p>;
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    return (
      <div className="overflow-x-auto">
        <table className="mt-1 w-full border-collapse text-left text-xs">
          <caption className="sr-only">{label}</caption>
          <thead>
            <tr>
              {keys.map((k) => (
                <th key={k} scope="col" className="border border-slate-300 bg-slate-50 px-2 py-1">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {keys.map((k) => (
                  <td key={k} className="border border-slate-300 px-2 py-1 align-top break-words">
                    {cell(r[k] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  if (value && typeof value === "object") {
    return (
      <dl className="space-y-2">
        {Object.entries(value).map(([k, v]) =>
          v && typeof v === "object" ? (
            <div key={k}>
              <dt className="text-sm font-semibold">{k}</dt>
              <dd>
                <Value value={v} label={`${label} — ${k}`} />
              </dd>
            </div>
          ) : (
            <div key={k} className="flex flex-wrap gap-2 text-sm">
              <dt className="font-semibold">{k}:</dt>
              <dd>{cell(v)}</dd>
            </div>
          ),
        )}
      </dl>
    );
  }
  return <p className="text-sm">{cell(value)}</p>;
}

export function ExportView({ data, locale }: { data: PersonalDataExport; locale: Locale }) {
  const t = translator(locale, "components.privacy.exportView");
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        {t("exportedAt")} {formatDateTime(data.exportedAt)} · {data.legalBasis}
      </p>
      {REGISTER.map((entry) => (
        <section key={entry.key} aria-labelledby={`sec-${entry.key}`} className="break-inside-avoid">
          <h2 id={`sec-${entry.key}`} className="text-lg font-bold">
            {entry.title[locale]}
          </h2>
          <p className="text-sm text-slate-700">{entry.data[locale]}</p>
          <p className="mb-2 text-sm text-slate-600">
            {t("retention")}: {entry.retention[locale]}
          </p>
          <Value value={data.sections[entry.key]} label={entry.title[locale]} />
        </section>
      ))}
    </div>
  );
}
