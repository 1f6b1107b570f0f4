import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { getReportCompleteness } from "@/lib/implementation/report-completeness";
import type { CompletenessRow } from "@/lib/metrics/report-completeness";
import { PageHeader } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title:
      (await getLocale()) === "vi"
        ? "Báo cáo tiến độ: đủ và đúng hạn"
        : "Progress reports: completeness and timeliness",
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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const head = [
    "",
    t("Phải nộp", "Expected"),
    t("Đã nộp", "Received"),
    t("Tỷ lệ nộp", "Received %"),
    t("Đúng hạn", "On time"),
    t("Tỷ lệ đúng hạn", "On time %"),
  ];
  const thisYear = new Date().getFullYear();
  return (
    <>
      <PageHeader
        title={t("Báo cáo tiến độ tháng: đủ và đúng hạn", "Monthly progress reports: completeness and timeliness")}
        subtitle={t(
          "Mỗi hợp đồng nộp báo cáo tiến độ hằng tháng trước ngày 25 (ngày nghỉ thì chuyển sang ngày làm việc kế tiếp), từ tháng ký hợp đồng đến lần nghiệm thu cuối. Chỉ tính các kỳ đã đến hạn.",
          "Each contract files a progress report every month by the 25th (moved to the next working day when that is a day off), from signing to the last acceptance. Only periods already due count.",
        )}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <label className="text-sm font-semibold" htmlFor="nam">
          {t("Năm kế hoạch của đề án", "Plan year of the project")}
        </label>
        <select
          id="nam"
          name="nam"
          defaultValue={year ?? ""}
          className="min-h-11 rounded-md border border-slate-300 px-2"
        >
          <option value="">{t("Tất cả", "All")}</option>
          {Array.from({ length: 6 }, (_x, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">
          {t("Xem", "Show")}
        </button>
      </form>
      {data.contracts === 0 ? (
        <p className="text-slate-600">
          {t(
            "Chưa có hợp đồng nào trong phạm vi của bạn: tỷ lệ sẽ hiện khi có hợp đồng đến kỳ báo cáo.",
            "No contract in your scope yet: rates appear once contracts reach a reporting period.",
          )}
        </p>
      ) : (
        <>
          <p className="mb-4 text-lg">
            {t("Toàn bộ", "Overall")}: {data.total.received}/{data.total.expected}{" "}
            {t("báo cáo đã nộp", "reports received")} ({pct(data.total.receivedPct)}), {data.total.onTime}{" "}
            {t("đúng hạn", "on time")} ({pct(data.total.onTimePct)}) — {data.contracts} {t("hợp đồng", "contracts")}.
          </p>
          <section aria-labelledby="by-unit" className="mb-6">
            <h2 id="by-unit" className="mb-2 text-lg font-semibold">
              {t("Theo đơn vị thực hiện", "By implementing unit")}
            </h2>
            <RateTable rows={data.byUnit} head={head} caption={t("Theo đơn vị thực hiện", "By implementing unit")} />
          </section>
          <section aria-labelledby="by-commune" className="mb-6">
            <h2 id="by-commune" className="mb-2 text-lg font-semibold">
              {t("Theo xã, phường", "By commune")}
            </h2>
            <RateTable rows={data.byCommune} head={head} caption={t("Theo xã, phường", "By commune")} />
          </section>
          <section aria-labelledby="late" className="mb-6">
            <h2 id="late" className="mb-2 text-lg font-semibold">
              {t("Báo cáo trễ hạn hoặc chưa nộp", "Late or missing reports")} ({data.late.length})
            </h2>
            {data.late.length === 0 ? (
              <p className="text-slate-600">
                {t("Không có: mọi báo cáo đến hạn đều nộp đúng hạn.", "None: every report due was on time.")}
              </p>
            ) : (
              <ul className="space-y-1 text-sm">
                {data.late.slice(0, 500).map((l) => (
                  <li key={`${l.proposalId}:${l.period}`}>
                    <Link className="text-brand-700 underline" href={routes.staff.implementation(l.proposalId)}>
                      {l.code ?? l.title}
                    </Link>{" "}
                    · {l.unit} · {l.commune} · {t("kỳ", "period")} {l.period.slice(5)}/{l.period.slice(0, 4)} ·{" "}
                    {t("hạn", "due")} {formatDate(l.due)} ·{" "}
                    {l.filedOn
                      ? `${t("nộp", "filed")} ${formatDate(l.filedOn)} (${t("trễ", "late")} ${l.daysLate} ${t("ngày", "days")})`
                      : `${t("chưa nộp", "not filed")} (${t("quá hạn", "overdue")} ${l.daysLate} ${t("ngày", "days")})`}
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
