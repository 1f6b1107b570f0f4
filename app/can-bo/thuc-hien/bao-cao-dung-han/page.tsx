import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { getReportCompleteness } from "@/lib/implementation/report-completeness";
import type { CompletenessRow } from "@/lib/metrics/report-completeness";
import { PageHeader } from "@/components/ui/card";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(
      await getLocale(),
      "app.canBo.thucHien.baoCaoDungHan.page",
    )("progressReportsCompletenessAndTimeliness"),
  };
}

const pct = (v: number | null) => (v === null ? "—" : `${v.toLocaleString("vi-VN")} %`);

function RateTable({ rows, head, caption }: { rows: CompletenessRow[]; head: string[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-slate-50">
            {head.map((h, i) => (
              <th key={h} scope="col" className={`border border-slate-300 px-2 py-1 ${i > 0 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="border border-slate-300 px-2 py-1 font-normal">
                {r.key}
              </th>
              <td className="border border-slate-300 px-2 py-1 text-right tabular-nums">{r.expected}</td>
              <td className="border border-slate-300 px-2 py-1 text-right tabular-nums">{r.received}</td>
              <td className="border border-slate-300 px-2 py-1 text-right tabular-nums">{pct(r.receivedPct)}</td>
              <td className="border border-slate-300 px-2 py-1 text-right tabular-nums">{r.onTime}</td>
              <td className="border border-slate-300 px-2 py-1 text-right tabular-nums">{pct(r.onTimePct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function Page({ searchParams }: { searchParams: Promise<{ nam?: string }> }) {
  const actor = await requireActor("proposal.viewAgency");
  const nam = Number((await searchParams).nam);
  const year = Number.isInteger(nam) && nam >= 2000 && nam <= 2100 ? nam : null;
  const data = await getReportCompleteness(actor, { year });
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.thucHien.baoCaoDungHan.page");
  const head = ["", t("expected"), t("received"), t("received2"), t("onTime"), t("onTime2")];
  const thisYear = new Date().getFullYear();
  return (
    <>
      <PageHeader title={t("monthlyProgressReportsCompletenessAnd")} subtitle={t("eachContractFilesAProgress")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <label className="text-sm font-semibold" htmlFor="nam">
          {t("planYearOfTheProject")}
        </label>
        <select
          id="nam"
          name="nam"
          defaultValue={year ?? ""}
          className="min-h-11 rounded-md border border-slate-300 px-2"
        >
          <option value="">{t("all")}</option>
          {Array.from({ length: 6 }, (_x, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">
          {t("show")}
        </button>
      </form>
      {data.contracts === 0 ? (
        <p className="text-slate-600">{t("noContractInYourScope")}</p>
      ) : (
        <>
          <p className="mb-4 text-lg">
            {t("overall")}: {data.total.received}/{data.total.expected} {t("reportsReceived")} (
            {pct(data.total.receivedPct)}), {data.total.onTime} {t("onTime3")} ({pct(data.total.onTimePct)}) —{" "}
            {data.contracts} {t("contracts")}.
          </p>
          <section aria-labelledby="by-unit" className="mb-6">
            <h2 id="by-unit" className="mb-2 text-lg font-semibold">
              {t("byImplementingUnit")}
            </h2>
            <RateTable rows={data.byUnit} head={head} caption={t("byImplementingUnit")} />
          </section>
          <section aria-labelledby="by-commune" className="mb-6">
            <h2 id="by-commune" className="mb-2 text-lg font-semibold">
              {t("byCommune")}
            </h2>
            <RateTable rows={data.byCommune} head={head} caption={t("byCommune")} />
          </section>
          <section aria-labelledby="late" className="mb-6">
            <h2 id="late" className="mb-2 text-lg font-semibold">
              {t("lateOrMissingReports")} ({data.late.length})
            </h2>
            {data.late.length === 0 ? (
              <p className="text-slate-600">{t("noneEveryReportDueWas")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {data.late.slice(0, 500).map((l) => (
                  <li key={`${l.proposalId}:${l.period}`}>
                    <Link className="text-brand-700 underline" href={routes.staff.implementation(l.proposalId)}>
                      {l.code ?? l.title}
                    </Link>{" "}
                    · {l.unit} · {l.commune} · {t("period")} {l.period.slice(5)}/{l.period.slice(0, 4)} · {t("due")}{" "}
                    {formatDate(l.due)} ·{" "}
                    {l.filedOn
                      ? `${t("filed")} ${formatDate(l.filedOn)} (${t("late")} ${l.daysLate} ${t("days")})`
                      : `${t("notFiled")} (${t("overdue")} ${l.daysLate} ${t("days")})`}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
