import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { ActionForm } from "@/components/implementation/action-form";
import { money, todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import { formatPercentBp } from "@/lib/money";
import type { Locale } from "@/lib/i18n/locale";
import { recordFollowUpAction, settleAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";
import { translator } from "@/lib/i18n/messages";

/** Settlement closes the đề án with the money reconciled; follow-ups 1–3 years later. */
export function SettlementCard({
  d,
  canManage,
  canSettle,
  locale,
}: {
  d: ImplementationDetail;
  canManage: boolean;
  canSettle: boolean;
  locale: Locale;
}) {
  const vi = locale === "vi";
  const t = translator(locale, "components.implementation.settlementCard");
  const s = d.settlement;
  const machine = (inUse: boolean | null) => (inUse === null ? "—" : inUse ? t("stillInUse") : t("noLongerInUse"));
  return (
    <Card title={t("settlementAndPostSupportFollow")}>
      {s && (
        <p className="mb-2 flex flex-wrap gap-3 text-sm">
          <Link className="text-brand-700 underline" href={`/can-bo/thuc-hien/${d.id}/quyet-toan`}>
            {t("viewPrintTheSettlement")}
          </Link>
          <a
            className="text-brand-700 underline"
            href={`/can-bo/thuc-hien/${d.id}/quyet-toan/quyet-toan.pdf`}
            data-testid="settlement-pdf"
          >
            {t("downloadPdf")}
          </a>
        </p>
      )}
      {s ? (
        <Table
          head={[t("item"), t("amount")]}
          caption={t("settlementNoOf", { numberValue: s.number, value: formatDate(s.settledAt) })}
        >
          {(
            [
              [t("approvedSupport"), s.approvedSupport],
              [t("disbursedAdvancesPayments"), s.disbursed],
              [t("refunded"), s.refunded],
              [t("settled"), s.settledSupport],
              [t("counterpartFundsWithEvidence"), s.counterpart],
            ] as const
          ).map(([k, v]) => (
            <tr key={k} data-testid="settlement-line">
              <Td>{k}</Td>
              <Td>{money(v)}</Td>
            </tr>
          ))}
          {s.requiredCounterpart !== null && (
            <tr data-testid="settlement-line">
              <Td>{t("counterpartTheRulesRequire")}</Td>
              <Td>{money(s.requiredCounterpart)}</Td>
            </tr>
          )}
          {s.exceptionReason && (
            <tr data-testid="settlement-exception">
              <Td>{t("exceptionDecidedByTheLeader")}</Td>
              <Td>{s.exceptionReason}</Td>
            </tr>
          )}
        </Table>
      ) : d.status === "ACCEPTED" ? (
        <div className="text-sm">
          <p className="mb-2">
            {t("reconciliationBeforeSettlementNetPaid", {
              netPaid: money(d.sums.netPaid),
              settleable: money(d.settleable.amount),
              volume: d.settleable.volumeDoneBp !== null ? formatPercentBp(d.settleable.volumeDoneBp) : "none",
              counterpart: money(d.sums.counterpart),
            })}
          </p>
          {canSettle ? (
            <ActionForm
              action={settleAction.bind(null, d.id)}
              submitLabel={t("settleAndCloseTheProject")}
              testId="settle-form"
              locale={locale}
              confirm={t("settlementClosesTheProjectNo")}
              fields={[
                {
                  name: "settledAt",
                  label: t("settlementDate"),
                  type: "date",
                  defaultValue: todayIso(),
                  required: true,
                },
                { name: "note", label: t("note"), type: "textarea" },
                {
                  name: "exceptionReason",
                  label: t("reasonForACounterpartException"),
                  type: "textarea",
                },
              ]}
            />
          ) : (
            <p className="text-slate-600">{t("leadershipSignsTheSettlement")}</p>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("settlementFollowsAcceptanceTheDossier")}</p>
      )}
      {d.status === "SETTLED" && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">{t("postSupportChecks13")}</h3>
          {d.followUps.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noChecksYet")}</p>
          ) : (
            <ul className="mb-3 text-sm">
              {d.followUps.map((f) => (
                <li key={f.id}>
                  {t("machineryJobsKept", {
                    value: formatDate(f.checkedAt),
                    value2: machine(f.machineInUse),
                    value3: f.jobsKept ?? "—",
                    value4: f.note ?? "",
                  })}
                </li>
              ))}
            </ul>
          )}
          {canManage && (
            <ActionForm
              action={recordFollowUpAction.bind(null, d.id)}
              submitLabel={t("recordThePostSupportCheck")}
              locale={locale}
              fields={[
                {
                  name: "checkedAt",
                  label: t("checkDate"),
                  type: "date",
                  defaultValue: todayIso(),
                  required: true,
                },
                {
                  name: "machineInUse",
                  label: t("machineryModelsStillInUse"),
                  type: "select",
                  options: [
                    { value: "yes", label: t("stillInUse2") },
                    { value: "no", label: t("noLongerInUse2") },
                    { value: "na", label: t("notApplicable") },
                  ],
                },
                { name: "jobsKept", label: t("jobsKept"), type: "number", min: 0 },
                { name: "note", label: t("note"), type: "textarea" },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
