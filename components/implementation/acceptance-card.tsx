import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ActionForm, type FormFieldSpec } from "@/components/implementation/action-form";
import { todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import { recordAcceptanceAction, scheduleAcceptanceAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";
import { costKindLabel } from "@/lib/rules/support-table";

/** Acceptance minutes and the indicator values they record (they become the dashboard's results). */
export function AcceptanceCard({
  d,
  canManage,
  locale,
}: {
  d: ImplementationDetail;
  canManage: boolean;
  locale: Locale;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const canAccept = canManage && ["CONTRACTED", "IN_PROGRESS", "ACCEPTED"].includes(d.status);
  const fields: FormFieldSpec[] = [
    { name: "minutesNo", label: t("Số biên bản nghiệm thu", "Acceptance minutes number"), required: true },
    {
      name: "acceptedAt",
      label: t("Ngày nghiệm thu", "Acceptance date"),
      type: "date",
      defaultValue: todayIso(),
      required: true,
    },
    {
      name: "kind",
      label: t("Loại", "Type"),
      type: "select",
      options: [
        { value: "BASE", label: t("Nghiệm thu cơ sở", "Base acceptance") },
        { value: "FINAL", label: t("Nghiệm thu hoàn thành", "Completion acceptance") },
      ],
    },
    ...d.indicatorChoices.map((i) => ({
      name: `ind.${i.code}`,
      label: `${i.name} (${i.unit})`,
      type: "number" as const,
      min: 0,
      defaultValue: i.value === null ? "" : String(i.value),
    })),
    {
      name: "extraCode",
      label: t("Chỉ tiêu khác (nếu có)", "Other indicator (if any)"),
      type: "select",
      options: [
        { value: "", label: t("— Không —", "— None —") },
        ...d.allIndicators.map((i) => ({ value: i.code, label: `${i.name} (${i.unit})` })),
      ],
    },
    { name: "extraValue", label: t("Giá trị chỉ tiêu khác", "Value of the other indicator"), type: "number", min: 0 },
    { name: "note", label: t("Ghi chú, kết luận của hội đồng", "Notes, the committee's conclusion"), type: "textarea" },
  ];
  const scheduleFields: FormFieldSpec[] = [
    {
      name: "scheduledFor",
      label: t("Ngày nghiệm thu dự kiến", "Planned acceptance date"),
      type: "date",
      defaultValue: todayIso(),
      required: true,
    },
    { name: "place", label: t("Địa điểm", "Place"), required: true },
    {
      name: "note",
      label: t("Ghi chú cho cơ sở (hồ sơ cần chuẩn bị…)", "Note for the establishment (documents to prepare…)"),
      type: "textarea",
    },
  ];
  return (
    <Card title={t("Nghiệm thu", "Acceptance")}>
      {d.doubleFunding.length > 0 && (
        <div role="note" className="mb-3 rounded-md bg-red-50 p-3 text-sm text-red-900" data-testid="double-funding">
          <p className="font-semibold">
            {t(
              "Cảnh báo hỗ trợ trùng: cùng cơ sở, cùng hạng mục chi đã được hỗ trợ ở đề án khác",
              "Double-funding warning: the same establishment has already been supported for the same cost items in another project",
            )}
          </p>
          <ul className="list-disc pl-5">
            {d.doubleFunding.map((h) => (
              <li key={h.proposalId}>
                {h.code ?? t("(chưa có mã)", "(no code yet)")} — {h.title} ({h.year}, {h.fund}):{" "}
                {h.costKinds.map(costKindLabel).join("; ")}
              </li>
            ))}
          </ul>
        </div>
      )}
      {d.acceptanceSchedule && (
        <p className="mb-3 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm" data-testid="acceptance-schedule">
          {t("Lịch nghiệm thu", "Acceptance scheduled")}:{" "}
          <strong>{formatDate(d.acceptanceSchedule.scheduledFor)}</strong> {t("tại", "at")} {d.acceptanceSchedule.place}
          {d.acceptanceSchedule.note ? ` — ${d.acceptanceSchedule.note}` : ""}
        </p>
      )}
      {d.acceptances.length === 0 ? (
        <p className="text-sm text-slate-600">{t("Chưa nghiệm thu.", "Not accepted yet.")}</p>
      ) : (
        <ul className="divide-y" data-testid="acceptances">
          {d.acceptances.map((a) => (
            <li key={a.id} className="py-2 text-sm">
              <p className="font-semibold">
                {locale === "vi"
                  ? `Biên bản số ${a.minutesNo} ngày ${formatDate(a.acceptedAt)}`
                  : `Minutes no. ${a.minutesNo} of ${formatDate(a.acceptedAt)}`}{" "}
                {a.doubleFundingFlag && (
                  <Badge tone="danger">{t("Nghi hỗ trợ trùng", "Suspected double funding")}</Badge>
                )}{" "}
                <Link className="text-brand-700 underline" href={`/can-bo/thuc-hien/${d.id}/bien-ban/${a.id}`}>
                  {t("In biên bản", "Print the minutes")}
                </Link>
                {" · "}
                <a
                  className="text-brand-700 underline"
                  href={`/can-bo/thuc-hien/${d.id}/bien-ban/${a.id}/bien-ban.pdf`}
                >
                  {t("Tải PDF", "Download PDF")}
                </a>
              </p>
              <ul className="list-disc pl-5">
                {a.results.map((r) => (
                  <li key={r.code}>
                    {r.name}: {r.value} {r.unit}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {canAccept && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">{t("Lên lịch nghiệm thu", "Schedule the acceptance")}</h3>
          <ActionForm
            action={scheduleAcceptanceAction.bind(null, d.id)}
            fields={scheduleFields}
            submitLabel={t("Lên lịch và báo cho cơ sở", "Schedule and tell the establishment")}
            testId="acceptance-schedule-form"
            locale={locale}
          />
          <h3 className="mb-2 mt-4 font-semibold">{t("Ghi biên bản nghiệm thu", "Record acceptance minutes")}</h3>
          <ActionForm
            action={recordAcceptanceAction.bind(null, d.id)}
            fields={fields}
            submitLabel={t("Ghi biên bản nghiệm thu", "Record acceptance minutes")}
            testId="acceptance-form"
            locale={locale}
            confirm={t(
              "Ghi biên bản nghiệm thu? Kết quả chỉ tiêu sẽ được tính vào báo cáo.",
              "Record the acceptance minutes? The indicator results will count in the reports.",
            )}
          />
        </div>
      )}
    </Card>
  );
}
