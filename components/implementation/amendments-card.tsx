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

const STATUS = {
  REQUESTED: ["warning", { vi: "Chờ quyết định", en: "Awaiting decision" }],
  APPROVED: ["success", { vi: "Đã chấp thuận", en: "Approved" }],
  REJECTED: ["danger", { vi: "Không chấp thuận", en: "Rejected" }],
} as const;

function describe(kind: string, details: Record<string, unknown>, locale: Locale): string {
  const vi = locale === "vi";
  if (kind === "AMOUNT_INCREASE" || kind === "AMOUNT_DECREASE")
    return `${money(String(details.from ?? "0"))} → ${money(String(details.to ?? "0"))}`;
  if (kind === "FORCE_MAJEURE" && typeof details.volumeDoneBp === "number")
    return `${vi ? "Khối lượng đã thực hiện" : "Volume carried out"} ${formatPercentBp(details.volumeDoneBp)}`;
  if (kind === "TIME") return `${vi ? "Thời hạn mới" : "New end date"} ${formatDate(String(details.to))}`;
  return details.to ? `${vi ? "Mới" : "New"}: ${String(details.to)}` : "";
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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const kinds = locale === "vi" ? AMENDMENT_LABELS : AMENDMENT_LABELS_EN;
  const authorities = locale === "vi" ? AUTHORITY_LABELS : AUTHORITY_LABELS_EN;
  const open = ["APPROVED", "CONTRACTED", "IN_PROGRESS"].includes(d.status);
  return (
    <Card title={t("Điều chỉnh, dừng, bất khả kháng", "Amendments, stops, force majeure")}>
      {d.amendments.length === 0 ? (
        <p className="text-sm text-slate-600">{t("Chưa có yêu cầu điều chỉnh.", "No amendment requests yet.")}</p>
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
                  {t("Lý do:", "Reason:")} {a.reason}
                </p>
                <p className="text-slate-600">
                  {t("Thẩm quyền quyết định:", "Decided by:")} {auth ? authorities[auth] : a.requiredAuthority}
                </p>
                {a.decisionNo && (
                  <p>
                    {locale === "vi"
                      ? `Quyết định số ${a.decisionNo} ngày ${formatDate(a.decidedAt)}: ${a.decisionReason}`
                      : `Decision no. ${a.decisionNo} of ${formatDate(a.decidedAt)}: ${a.decisionReason}`}
                  </p>
                )}
                {a.status === "REQUESTED" && canDecide && (
                  <div className="mt-2 rounded border p-3">
                    <ActionForm
                      action={decideAmendmentAction.bind(null, d.id, a.id)}
                      submitLabel={t("Ghi quyết định", "Record the decision")}
                      confirm={t(
                        "Ghi quyết định về yêu cầu điều chỉnh này?",
                        "Record the decision on this amendment request?",
                      )}
                      locale={locale}
                      fields={[
                        {
                          name: "approve",
                          label: t("Quyết định", "Decision"),
                          type: "select",
                          options: [
                            { value: "yes", label: t("Chấp thuận", "Approve") },
                            { value: "no", label: t("Không chấp thuận", "Reject") },
                          ],
                        },
                        {
                          name: "decisionNo",
                          label:
                            auth && auth !== "SO_CONG_THUONG"
                              ? `${t("Số văn bản của", "Document number of the")} ${authorities[auth]}`
                              : t("Số quyết định", "Decision number"),
                          required: true,
                        },
                        {
                          name: "decisionReason",
                          label: t("Nội dung, lý do", "Content, reasons"),
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
          <h3 className="mb-2 font-semibold">{t("Đề nghị điều chỉnh", "Request an amendment")}</h3>
          <ActionForm
            action={requestAmendmentAction.bind(null, d.id)}
            submitLabel={t("Gửi đề nghị", "Send the request")}
            locale={locale}
            fields={[
              {
                name: "kind",
                label: t("Loại điều chỉnh", "Type of amendment"),
                type: "select",
                options: Object.entries(kinds).map(([value, label]) => ({ value, label })),
              },
              {
                name: "newAmount",
                label: t(
                  "Kinh phí hỗ trợ mới (khi tăng/giảm kinh phí)",
                  "New support amount (for an increase or decrease)",
                ),
                hint: `${t("Hiện tại", "Current")}: ${money(d.approvedSupport)}`,
              },
              {
                name: "newText",
                label: t(
                  "Nội dung mới (đơn vị thụ hưởng, địa điểm, nội dung)",
                  "New details (beneficiary, location, content)",
                ),
              },
              {
                name: "newEndDate",
                label: t("Thời hạn mới (khi thay đổi thời gian)", "New end date (for a change of period)"),
                type: "date",
              },
              {
                name: "volumeDonePercent",
                label: t("Khối lượng đã thực hiện, % (khi bất khả kháng)", "Volume carried out, % (for force majeure)"),
                type: "number",
                min: 0,
                max: 100,
              },
              { name: "reason", label: t("Lý do", "Reason"), type: "textarea", required: true },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
