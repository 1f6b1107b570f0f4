import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/implementation/action-form";
import { formatDateTime } from "@/lib/dates";
import { formatPercentBp } from "@/lib/money";
import type { Locale } from "@/lib/i18n/locale";
import { submitProgressReportAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

const period = (p: string) => `${p.slice(5)}/${p.slice(0, 4)}`;

/** Monthly reports (due by the 25th) with photos; the form shows only while the đề án is being carried out. */
export function ProgressCard({
  d,
  canReport,
  currentPeriod,
  fileBase,
  locale,
}: {
  d: ImplementationDetail;
  canReport: boolean;
  currentPeriod: string;
  fileBase: string;
  locale: Locale;
}) {
  const vi = locale === "vi";
  const t = (v: string, en: string) => (vi ? v : en);
  const open = d.status === "CONTRACTED" || d.status === "IN_PROGRESS";
  return (
    <Card title={t("Báo cáo tiến độ hằng tháng", "Monthly progress reports")}>
      <p className="mb-3 text-sm text-slate-600">
        {t(
          "Báo cáo trước ngày 25 hằng tháng (Điều 23 Thông tư 36/2013/TT-BCT); tỷ lệ vốn đầu tư đã thực hiện là căn cứ tạm ứng.",
          "Report before the 25th of each month (Article 23, Circular 36/2013/TT-BCT); the share of the investment carried out is the basis for advances.",
        )}
      </p>
      {d.progressReports.length === 0 ? (
        <p className="text-sm text-slate-600">{t("Chưa có báo cáo nào.", "No reports yet.")}</p>
      ) : (
        <ul className="divide-y" data-testid="progress-reports">
          {d.progressReports.map((r) => (
            <li key={r.id} className="py-2 text-sm">
              <p className="font-semibold">
                {vi
                  ? `Kỳ ${period(r.period)}: hoàn thành ${r.percentComplete}% khối lượng, ${formatPercentBp(r.investmentDoneBp)} vốn đầu tư`
                  : `Period ${period(r.period)}: ${r.percentComplete}% of the work done, ${formatPercentBp(r.investmentDoneBp)} of the investment`}
              </p>
              <p className="whitespace-pre-line">{r.content}</p>
              {r.issues && (
                <p className="text-amber-800">
                  {t("Vướng mắc:", "Issues:")} {r.issues}
                </p>
              )}
              {r.photoDocumentIds.length > 0 && (
                <ul
                  className="mt-1 flex flex-wrap gap-2"
                  aria-label={`${t("Ảnh kỳ", "Photos for")} ${period(r.period)}`}
                >
                  {r.photoDocumentIds.map((docId, i) => (
                    <li key={docId}>
                      <a href={`${fileBase}/${docId}`} target="_blank" rel="noopener">
                        {/* eslint-disable-next-line @next/next/no-img-element -- private files served by our own route */}
                        <img
                          src={`${fileBase}/${docId}`}
                          alt={
                            vi
                              ? `Ảnh hiện trường ${i + 1}, kỳ ${period(r.period)}`
                              : `Site photo ${i + 1}, period ${period(r.period)}`
                          }
                          className="h-20 w-20 rounded border object-cover"
                        />
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              <p className="text-xs text-slate-500">
                {t("Gửi lúc", "Sent at")} {formatDateTime(r.submittedAt)}
                {r.photoDocumentIds.length
                  ? ` · ${r.photoDocumentIds.length} ${t("ảnh", r.photoDocumentIds.length === 1 ? "photo" : "photos")}`
                  : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canReport && open && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">{t("Gửi báo cáo kỳ này", "Send this period's report")}</h3>
          <ActionForm
            action={submitProgressReportAction.bind(null, d.id)}
            submitLabel={t("Gửi báo cáo tiến độ", "Send progress report")}
            testId="progress-form"
            locale={locale}
            fields={[
              {
                name: "period",
                label: t("Kỳ báo cáo (tháng)", "Reporting period (month)"),
                type: "month",
                defaultValue: currentPeriod,
                required: true,
              },
              {
                name: "percentComplete",
                label: t("Khối lượng công việc đã hoàn thành (%)", "Work completed (%)"),
                type: "number",
                min: 0,
                max: 100,
                required: true,
              },
              {
                name: "investmentDonePercent",
                label: t("Vốn đầu tư đã thực hiện (% tổng vốn)", "Investment carried out (% of the total)"),
                type: "number",
                min: 0,
                max: 100,
                step: "0.1",
                required: true,
              },
              {
                name: "content",
                label: t("Kết quả thực hiện trong kỳ", "Results in the period"),
                type: "textarea",
                required: true,
              },
              {
                name: "issues",
                label: t("Khó khăn, vướng mắc (nếu có)", "Difficulties, issues (if any)"),
                type: "textarea",
              },
              {
                name: "photos",
                label: t(
                  "Ảnh hiện trường (JPG/PNG, tối đa 6 ảnh, mỗi ảnh ≤ 10 MB)",
                  "Site photos (JPG/PNG, up to 6 photos, each ≤ 10 MB)",
                ),
                type: "file",
                multiple: true,
                accept: "image/jpeg,image/png",
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
