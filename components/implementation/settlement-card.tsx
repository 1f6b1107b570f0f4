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
  const t = (v: string, en: string) => (vi ? v : en);
  const s = d.settlement;
  const machine = (inUse: boolean | null) =>
    inUse === null ? "—" : inUse ? t("còn sử dụng", "still in use") : t("không còn sử dụng", "no longer in use");
  return (
    <Card title={t("Quyết toán và theo dõi sau hỗ trợ", "Settlement and post-support follow-up")}>
      {s && (
        <p className="mb-2 flex flex-wrap gap-3 text-sm">
          <Link className="text-brand-700 underline" href={`/can-bo/thuc-hien/${d.id}/quyet-toan`}>
            {t("Xem, in quyết toán", "View, print the settlement")}
          </Link>
          <a
            className="text-brand-700 underline"
            href={`/can-bo/thuc-hien/${d.id}/quyet-toan/quyet-toan.pdf`}
            data-testid="settlement-pdf"
          >
            {t("Tải PDF", "Download PDF")}
          </a>
        </p>
      )}
      {s ? (
        <Table
          head={[t("Khoản", "Item"), t("Số tiền", "Amount")]}
          caption={
            vi
              ? `Quyết toán số ${s.number} ngày ${formatDate(s.settledAt)}`
              : `Settlement no. ${s.number} of ${formatDate(s.settledAt)}`
          }
        >
          {(
            [
              [t("Kinh phí được duyệt", "Approved support"), s.approvedSupport],
              [t("Đã cấp (tạm ứng + thanh toán)", "Disbursed (advances + payments)"), s.disbursed],
              [t("Đã hoàn trả", "Refunded"), s.refunded],
              [t("Quyết toán", "Settled"), s.settledSupport],
              [t("Vốn đối ứng có chứng từ", "Counterpart funds with evidence"), s.counterpart],
            ] as const
          ).map(([k, v]) => (
            <tr key={k} data-testid="settlement-line">
              <Td>{k}</Td>
              <Td className="tabular-nums">{money(v)}</Td>
            </tr>
          ))}
          {s.requiredCounterpart !== null && (
            <tr data-testid="settlement-line">
              <Td>{t("Vốn đối ứng theo mức quy định", "Counterpart the rules require")}</Td>
              <Td className="tabular-nums">{money(s.requiredCounterpart)}</Td>
            </tr>
          )}
          {s.exceptionReason && (
            <tr data-testid="settlement-exception">
              <Td>{t("Ngoại lệ do lãnh đạo quyết định", "Exception decided by the leader")}</Td>
              <Td>{s.exceptionReason}</Td>
            </tr>
          )}
        </Table>
      ) : d.status === "ACCEPTED" ? (
        <div className="text-sm">
          <p className="mb-2">
            {vi
              ? `Đối chiếu trước khi quyết toán: đã chi ròng ${money(d.sums.netPaid)} / được quyết toán tối đa ${money(d.settleable.amount)}${d.settleable.volumeDoneBp !== null ? ` (bất khả kháng: ${formatPercentBp(d.settleable.volumeDoneBp)} khối lượng)` : ""}; vốn đối ứng có chứng từ ${money(d.sums.counterpart)}.`
              : `Reconciliation before settlement: net paid ${money(d.sums.netPaid)} / settleable at most ${money(d.settleable.amount)}${d.settleable.volumeDoneBp !== null ? ` (force majeure: ${formatPercentBp(d.settleable.volumeDoneBp)} of the volume)` : ""}; counterpart funds with evidence ${money(d.sums.counterpart)}.`}
          </p>
          {canSettle ? (
            <ActionForm
              action={settleAction.bind(null, d.id)}
              submitLabel={t("Quyết toán và đóng đề án", "Settle and close the project")}
              testId="settle-form"
              locale={locale}
              confirm={t(
                "Quyết toán sẽ đóng đề án; không thể ghi thêm bút toán. Tiếp tục?",
                "Settlement closes the project; no further ledger entries can be posted. Continue?",
              )}
              fields={[
                {
                  name: "settledAt",
                  label: t("Ngày quyết toán", "Settlement date"),
                  type: "date",
                  defaultValue: todayIso(),
                  required: true,
                },
                { name: "note", label: t("Ghi chú", "Note"), type: "textarea" },
                {
                  name: "exceptionReason",
                  label: t(
                    "Lý do ngoại lệ về vốn đối ứng (chỉ khi vốn đối ứng có chứng từ thấp hơn mức quy định; lãnh đạo ghi)",
                    "Reason for a counterpart exception (only when documented counterpart is below the required share; by the leader)",
                  ),
                  type: "textarea",
                },
              ]}
            />
          ) : (
            <p className="text-slate-600">{t("Lãnh đạo ký quyết toán.", "Leadership signs the settlement.")}</p>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-600">
          {t(
            "Quyết toán sau khi nghiệm thu; hồ sơ nộp trong 15 ngày kể từ lần nghiệm thu cuối.",
            "Settlement follows acceptance; the dossier is due within 15 days of the last acceptance.",
          )}
        </p>
      )}
      {d.status === "SETTLED" && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">
            {t("Kiểm tra sau hỗ trợ (1–3 năm)", "Post-support checks (1–3 years)")}
          </h3>
          {d.followUps.length === 0 ? (
            <p className="text-sm text-slate-600">{t("Chưa có lần kiểm tra nào.", "No checks yet.")}</p>
          ) : (
            <ul className="mb-3 text-sm">
              {d.followUps.map((f) => (
                <li key={f.id}>
                  {vi
                    ? `${formatDate(f.checkedAt)}: máy ${machine(f.machineInUse)}; lao động giữ được ${f.jobsKept ?? "—"}. ${f.note ?? ""}`
                    : `${formatDate(f.checkedAt)}: machinery ${machine(f.machineInUse)}; jobs kept ${f.jobsKept ?? "—"}. ${f.note ?? ""}`}
                </li>
              ))}
            </ul>
          )}
          {canManage && (
            <ActionForm
              action={recordFollowUpAction.bind(null, d.id)}
              submitLabel={t("Ghi kết quả kiểm tra sau hỗ trợ", "Record the post-support check")}
              locale={locale}
              fields={[
                {
                  name: "checkedAt",
                  label: t("Ngày kiểm tra", "Check date"),
                  type: "date",
                  defaultValue: todayIso(),
                  required: true,
                },
                {
                  name: "machineInUse",
                  label: t("Máy móc, mô hình còn được sử dụng?", "Machinery, models still in use?"),
                  type: "select",
                  options: [
                    { value: "yes", label: t("Còn sử dụng", "Still in use") },
                    { value: "no", label: t("Không còn sử dụng", "No longer in use") },
                    { value: "na", label: t("Không áp dụng", "Not applicable") },
                  ],
                },
                { name: "jobsKept", label: t("Số lao động được duy trì", "Jobs kept"), type: "number", min: 0 },
                { name: "note", label: t("Ghi chú", "Note"), type: "textarea" },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
