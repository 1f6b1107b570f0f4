import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ActionForm } from "@/components/implementation/action-form";
import { money } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import { formatPercentBp } from "@/lib/money";
import type { Locale } from "@/lib/i18n/locale";
import {
  AMENDMENT_LABELS,
  AMENDMENT_LABELS_EN,
  AUTHORITY_LABELS,
  AUTHORITY_LABELS_EN,
  authorityOf,
} from "@/lib/implementation/amendment-rules";
import { decideAmendmentAction, requestAmendmentAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";
import { translator } from "@/lib/i18n/messages";

const STATUS = {
  REQUESTED: ["warning", { vi: "Chờ quyết định", en: "Awaiting decision" }],
  APPROVED: ["success", { vi: "Đã chấp thuận", en: "Approved" }],
  REJECTED: ["danger", { vi: "Không chấp thuận", en: "Rejected" }],
} as const;

function describe(kind: string, details: Record<string, unknown>, locale: Locale): string {
  const vi = locale === "vi";
  const t = translator(locale, "components.implementation.amendmentsCard");
  if (kind === "AMOUNT_INCREASE" || kind === "AMOUNT_DECREASE")
    return `${money(String(details.from ?? "0"))} → ${money(String(details.to ?? "0"))}`;
  if (kind === "FORCE_MAJEURE" && typeof details.volumeDoneBp === "number")
    return `${t("volumeCarriedOut")} ${formatPercentBp(details.volumeDoneBp)}`;
  if (kind === "TIME") return `${t("newEndDate")} ${formatDate(String(details.to))}`;
  return details.to ? `${t("new")}: ${String(details.to)}` : "";
}

/** Typed change requests, each with the authority that must decide it and its own decision record. */
export function AmendmentsCard({
  d,
  canRequest,
  canDecide,
  locale,
}: {
  d: ImplementationDetail;
  canRequest: boolean;
  canDecide: boolean;
  locale: Locale;
}) {
  const t = translator(locale, "components.implementation.amendmentsCard");
  const kinds = locale === "vi" ? AMENDMENT_LABELS : AMENDMENT_LABELS_EN;
  const authorities = locale === "vi" ? AUTHORITY_LABELS : AUTHORITY_LABELS_EN;
  const open = ["APPROVED", "CONTRACTED", "IN_PROGRESS"].includes(d.status);
  return (
    <Card title={t("amendmentsStopsForceMajeure")}>
      {d.amendments.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noAmendmentRequestsYet")}</p>
      ) : (
        <ul className="divide-y">
          {d.amendments.map((a) => {
            const auth = authorityOf(a.requiredAuthority);
            const [tone, label] = STATUS[a.status];
            return (
              <li key={a.id} className="py-3 text-sm">
                <p className="font-semibold">
                  {kinds[a.kind]} <Badge tone={tone}>{label[locale]}</Badge>
                </p>
                <p>{describe(a.kind, a.details, locale)}</p>
                <p>
                  {t("reason")} {a.reason}
                </p>
                <p className="text-slate-600">
                  {t("decidedBy")} {auth ? authorities[auth] : a.requiredAuthority}
                </p>
                {a.decisionNo && (
                  <p>
                    {t("decisionNoOf", {
                      decisionNo: a.decisionNo,
                      value: formatDate(a.decidedAt),
                      decisionReason: a.decisionReason,
                    })}
                  </p>
                )}
                {a.status === "REQUESTED" && canDecide && (
                  <div className="mt-2 rounded border p-3">
                    <ActionForm
                      action={decideAmendmentAction.bind(null, d.id, a.id)}
                      submitLabel={t("recordTheDecision")}
                      confirm={t("recordTheDecisionOnThis")}
                      locale={locale}
                      fields={[
                        {
                          name: "approve",
                          label: t("decision"),
                          type: "select",
                          options: [
                            { value: "yes", label: t("approve") },
                            { value: "no", label: t("reject") },
                          ],
                        },
                        {
                          name: "decisionNo",
                          label:
                            auth && auth !== "SO_CONG_THUONG"
                              ? `${t("documentNumberOfThe")} ${authorities[auth]}`
                              : t("decisionNumber"),
                          required: true,
                        },
                        {
                          name: "decisionReason",
                          label: t("contentReasons"),
                          type: "textarea",
                          required: true,
                        },
                      ]}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canRequest && open && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">{t("requestAnAmendment")}</h3>
          <ActionForm
            action={requestAmendmentAction.bind(null, d.id)}
            submitLabel={t("sendTheRequest")}
            locale={locale}
            fields={[
              {
                name: "kind",
                label: t("typeOfAmendment"),
                type: "select",
                options: Object.entries(kinds).map(([value, label]) => ({ value, label })),
              },
              {
                name: "newAmount",
                label: t("newSupportAmountForAn"),
                hint: `${t("current")}: ${money(d.approvedSupport)}`,
              },
              {
                name: "newText",
                label: t("newDetailsBeneficiaryLocationContent"),
              },
              {
                name: "newEndDate",
                label: t("newEndDateForA"),
                type: "date",
              },
              {
                name: "volumeDonePercent",
                label: t("volumeCarriedOutForForce"),
                type: "number",
                min: 0,
                max: 100,
              },
              { name: "reason", label: t("reason2"), type: "textarea", required: true },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
