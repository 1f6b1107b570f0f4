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
import { translator } from "@/lib/i18n/messages";

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
  const t = translator(locale, "components.implementation.acceptanceCard");
  const canAccept = canManage && ["CONTRACTED", "IN_PROGRESS", "ACCEPTED"].includes(d.status);
  const fields: FormFieldSpec[] = [
    { name: "minutesNo", label: t("acceptanceMinutesNumber"), required: true },
    {
      name: "acceptedAt",
      label: t("acceptanceDate"),
      type: "date",
      defaultValue: todayIso(),
      required: true,
    },
    {
      name: "kind",
      label: t("type"),
      type: "select",
      options: [
        { value: "BASE", label: t("baseAcceptance") },
        { value: "FINAL", label: t("completionAcceptance") },
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
      label: t("otherIndicatorIfAny"),
      type: "select",
      options: [
        { value: "", label: t("none") },
        ...d.allIndicators.map((i) => ({ value: i.code, label: `${i.name} (${i.unit})` })),
      ],
    },
    { name: "extraValue", label: t("valueOfTheOtherIndicator"), type: "number", min: 0 },
    { name: "note", label: t("notesTheCommitteeSConclusion"), type: "textarea" },
  ];
  const scheduleFields: FormFieldSpec[] = [
    {
      name: "scheduledFor",
      label: t("plannedAcceptanceDate"),
      type: "date",
      defaultValue: todayIso(),
      required: true,
    },
    { name: "place", label: t("place"), required: true },
    {
      name: "note",
      label: t("noteForTheEstablishmentDocuments"),
      type: "textarea",
    },
  ];
  return (
    <Card title={t("acceptance")}>
      {d.doubleFunding.length > 0 && (
        <div role="note" className="mb-3 rounded-md bg-red-50 p-3 text-sm text-red-900" data-testid="double-funding">
          <p className="font-semibold">{t("doubleFundingWarningTheSame")}</p>
          <ul className="list-disc pl-5">
            {d.doubleFunding.map((h) => (
              <li key={h.proposalId}>
                {h.code ?? t("noCodeYet")} — {h.title} ({h.year}, {h.fund}): {h.costKinds.map(costKindLabel).join("; ")}
              </li>
            ))}
          </ul>
        </div>
      )}
      {d.acceptanceSchedule && (
        <p className="mb-3 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm" data-testid="acceptance-schedule">
          {t("acceptanceScheduled")}: <strong>{formatDate(d.acceptanceSchedule.scheduledFor)}</strong> {t("at")}{" "}
          {d.acceptanceSchedule.place}
          {d.acceptanceSchedule.note ? ` — ${d.acceptanceSchedule.note}` : ""}
        </p>
      )}
      {d.acceptances.length === 0 ? (
        <p className="text-sm text-slate-600">{t("notAcceptedYet")}</p>
      ) : (
        <ul className="divide-y" data-testid="acceptances">
          {d.acceptances.map((a) => (
            <li key={a.id} className="py-2 text-sm">
              <p className="font-semibold">
                {t("minutesNoOf", { minutesNo: a.minutesNo, value: formatDate(a.acceptedAt) })}{" "}
                {a.doubleFundingFlag && <Badge tone="danger">{t("suspectedDoubleFunding")}</Badge>}{" "}
                <Link className="text-brand-700 underline" href={`/can-bo/thuc-hien/${d.id}/bien-ban/${a.id}`}>
                  {t("printTheMinutes")}
                </Link>
                {" · "}
                <a
                  className="text-brand-700 underline"
                  href={`/can-bo/thuc-hien/${d.id}/bien-ban/${a.id}/bien-ban.pdf`}
                >
                  {t("downloadPdf")}
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
          <h3 className="mb-2 font-semibold">{t("scheduleTheAcceptance")}</h3>
          <ActionForm
            action={scheduleAcceptanceAction.bind(null, d.id)}
            fields={scheduleFields}
            submitLabel={t("scheduleAndTellTheEstablishment")}
            testId="acceptance-schedule-form"
            locale={locale}
          />
          <h3 className="mb-2 mt-4 font-semibold">{t("recordAcceptanceMinutes")}</h3>
          <ActionForm
            action={recordAcceptanceAction.bind(null, d.id)}
            fields={fields}
            submitLabel={t("recordAcceptanceMinutes")}
            testId="acceptance-form"
            locale={locale}
            confirm={t("recordTheAcceptanceMinutesThe")}
          />
        </div>
      )}
    </Card>
  );
}
