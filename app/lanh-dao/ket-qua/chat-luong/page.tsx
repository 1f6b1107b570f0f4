import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { listFlaggedResults } from "@/lib/results/quality-queries";
import { SIZE_FACTOR, SIZE_FLOOR } from "@/lib/metrics/result-quality";
import { PageHeader } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Chất lượng số liệu kết quả" : "Data quality of results" };
}

const RULE = {
  SIZE_OUTLIER: { vi: "Vượt quy mô cơ sở", en: "Beyond the establishment's size" },
  BUDGET_OUTLIER: { vi: "Bất thường so với kinh phí", en: "Out of line with the budget" },
  EVIDENCE: { vi: "Thiếu minh chứng", en: "Evidence missing" },
  RANGE: { vi: "Ngoài khoảng hợp lệ", en: "Out of range" },
} as const;

export default async function Page() {
  const actor = await requireActor("dashboard.view");
  const groups = await listFlaggedResults(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const total = groups.reduce((s, g) => s + g.rows.length, 0);
  return (
    <>
      <PageHeader
        title={t("Chất lượng số liệu kết quả", "Data quality of results")}
        subtitle={t(
          `Các giá trị kết quả vi phạm quy tắc kiểm tra nhưng vẫn được ghi (giá trị ngoài khoảng hợp lệ bị từ chối ngay khi nhập): số người vượt ${SIZE_FACTOR} lần lao động của cơ sở (tối thiểu ${SIZE_FLOOR}), kinh phí bình quân quá thấp, thiếu bản chụp biên bản. Kiểm tra với biên bản, rồi sửa bằng biên bản điều chỉnh nếu sai.`,
          `Result values that broke a check but were recorded (out-of-range values are refused when entered): people more than ${SIZE_FACTOR} times the establishment's workforce (at least ${SIZE_FLOOR}), support per head too low, minutes scan missing. Check against the minutes and correct with amended minutes if wrong.`,
        )}
      />
      {total === 0 ? (
        <p className="text-slate-600">
          {t("Không có giá trị nào bị đánh dấu trong phạm vi của bạn.", "No flagged value in your scope.")}
        </p>
      ) : (
        groups.map((g) => (
          <section key={g.unit} aria-label={g.unit} className="mb-6">
            <h2 className="mb-2 text-lg font-semibold">
              {g.unit} ({g.rows.length})
            </h2>
            <ul className="space-y-2 text-sm">
              {g.rows.map((r) => (
                <li key={r.id} className="rounded-md border border-amber-300 bg-amber-50 p-3">
                  <p className="font-semibold">
                    {r.indicator}: {Number(r.value).toLocaleString("vi-VN")} {r.unit}
                    {r.year ? ` (${r.year})` : ""} —{" "}
                    {r.flags
                      .map((f) => t(RULE[f as keyof typeof RULE]?.vi ?? f, RULE[f as keyof typeof RULE]?.en ?? f))
                      .join(", ")}
                  </p>
                  {r.note && <p className="mt-1">{r.note}</p>}
                  <p className="mt-1 text-slate-700">
                    {r.proposalId ? (
                      <Link className="text-brand-700 underline" href={routes.staff.implementation(r.proposalId)}>
                        {r.proposalCode ?? r.proposalTitle}
                      </Link>
                    ) : null}
                    {r.source ? ` · ${r.source}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
