import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/implementation/action-form";
import { formatDateTime } from "@/lib/dates";
import { formatPercentBp } from "@/lib/money";
import type { Locale } from "@/lib/i18n/locale";
import { submitProgressReportAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";
import { translator } from "@/lib/i18n/messages";

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
  const t = translator(locale, "components.implementation.progressCard");
  const open = d.status === "CONTRACTED" || d.status === "IN_PROGRESS";
  return (
    <Card title={t("monthlyProgressReports")}>
      <p className="mb-3 text-sm text-slate-600">{t("reportBeforeThe25thOf")}</p>
      {d.progressReports.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noReportsYet")}</p>
      ) : (
        <ul className="divide-y" data-testid="progress-reports">
          {d.progressReports.map((r) => (
            <li key={r.id} className="py-2 text-sm">
              <p className="font-semibold">
                {t("periodOfTheWorkDone", {
                  value: period(r.period),
                  percentComplete: r.percentComplete,
                  value2: formatPercentBp(r.investmentDoneBp),
                })}
              </p>
              <p className="whitespace-pre-line">{r.content}</p>
              {r.issues && (
                <p className="text-amber-800">
                  {t("issues")} {r.issues}
                </p>
              )}
              {r.photoDocumentIds.length > 0 && (
                <ul className="mt-1 flex flex-wrap gap-2" aria-label={`${t("photosFor")} ${period(r.period)}`}>
                  {r.photoDocumentIds.map((docId, i) => (
                    <li key={docId}>
                      <a href={`${fileBase}/${docId}`} target="_blank" rel="noopener">
                        {/* eslint-disable-next-line @next/next/no-img-element -- private files served by our own route */}
                        <img
                          src={`${fileBase}/${docId}`}
                          alt={t("sitePhotoPeriod", { value: i + 1, value2: period(r.period) })}
                          className="h-20 w-20 rounded border object-cover"
                        />
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              <p className="text-xs text-slate-500">
                {t("sentAt")} {formatDateTime(r.submittedAt)}
                {r.photoDocumentIds.length ? ` · ${t("photoCount", { count: r.photoDocumentIds.length })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canReport && open && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">{t("sendThisPeriodSReport")}</h3>
          <ActionForm
            action={submitProgressReportAction.bind(null, d.id)}
            submitLabel={t("sendProgressReport")}
            testId="progress-form"
            locale={locale}
            fields={[
              {
                name: "period",
                label: t("reportingPeriodMonth"),
                type: "month",
                defaultValue: currentPeriod,
                required: true,
              },
              {
                name: "percentComplete",
                label: t("workCompleted"),
                type: "number",
                min: 0,
                max: 100,
                required: true,
              },
              {
                name: "investmentDonePercent",
                label: t("investmentCarriedOutOfThe"),
                type: "number",
                min: 0,
                max: 100,
                step: "0.1",
                required: true,
              },
              {
                name: "content",
                label: t("resultsInThePeriod"),
                type: "textarea",
                required: true,
              },
              {
                name: "issues",
                label: t("difficultiesIssuesIfAny"),
                type: "textarea",
              },
              {
                name: "photos",
                label: t("sitePhotosJpgPngUp"),
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
