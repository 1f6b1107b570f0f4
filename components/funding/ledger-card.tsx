import { Card, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { ActionForm } from "@/components/implementation/action-form";
import { money, todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import { LEDGER_KIND_LABELS } from "@/lib/funding/schemas";
import { postLedgerEntryAction } from "@/lib/funding/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

const POSTABLE = ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "STOPPED"];

/**
 * The đề án's ledger: every line, the sums computed from them, and what the advance rule allows now. The
 * advance rule's wording and reasons come from the rule engine (Vietnamese, citing the article).
 */
export function LedgerCard({ d, canManage, locale }: { d: ImplementationDetail; canManage: boolean; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const s = d.sums;
  return (
    <Card title={t("Sổ kinh phí", "Funding ledger")}>
      <div className="mb-4 grid gap-3 sm:grid-cols-3" data-testid="ledger-sums">
        <Stat label={t("Cam kết (được duyệt)", "Committed (approved)")} value={money(s.commitment)} />
        <Stat
          label={t("Đã tạm ứng", "Advances paid")}
          value={<span data-testid="sum-advances">{money(s.advances)}</span>}
        />
        <Stat label={t("Đã thanh toán", "Payments made")} value={money(s.finalPayments)} />
        <Stat label={t("Đã hoàn trả", "Refunded")} value={money(s.refunds)} />
        <Stat label={t("Đã chi ròng", "Net paid")} value={<span data-testid="sum-net">{money(s.netPaid)}</span>} />
        <Stat
          label={t("Vốn đối ứng có chứng từ", "Counterpart funds with evidence")}
          value={money(s.counterpart)}
          hint={`${t("Kế hoạch", "Planned")}: ${money(d.counterpartPlanned)}`}
        />
      </div>
      {d.advance && (
        <div
          className={`mb-4 rounded-md p-3 text-sm ${d.advance.ok ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`}
          data-testid="advance-status"
        >
          {d.advance.rule && (
            <p className="font-semibold">
              {t("Quy tắc tạm ứng", "Advance rule")}: {d.advance.rule.label} — {d.advance.rule.condition} (
              {d.advance.rule.article})
            </p>
          )}
          {d.advance.ok ? (
            <p>
              {locale === "vi"
                ? `Có thể tạm ứng tối đa ${money(d.advance.available)} lúc này.`
                : `Up to ${money(d.advance.available)} can be advanced now.`}
            </p>
          ) : (
            <ul className="list-disc pl-5">
              {d.advance.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {d.ledger.length === 0 ? (
        <p className="text-sm text-slate-600">
          {t(
            "Chưa có bút toán. Cam kết được ghi khi ký hợp đồng.",
            "No entries yet. The commitment is recorded when the contract is signed.",
          )}
        </p>
      ) : (
        <Table
          head={[t("Ngày", "Date"), t("Loại", "Type"), t("Số tiền", "Amount"), t("Ghi chú", "Note")]}
          caption={t("Các bút toán", "Ledger entries")}
        >
          {d.ledger.map((l) => (
            <tr key={l.id} data-testid="ledger-line">
              <Td>{formatDate(l.occurredAt)}</Td>
              <Td>
                {LEDGER_KIND_LABELS[l.kind][locale]}
                {l.ruleCode && <span className="block text-xs text-slate-500">{l.ruleCode}</span>}
              </Td>
              <Td className="tabular-nums">{money(l.amount)}</Td>
              <Td>
                {l.note ?? ""}
                {l.evidenceDocumentId && (
                  <span className="block text-xs text-slate-500">{t("Có chứng từ đính kèm", "Evidence attached")}</span>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {canManage && d.contract && POSTABLE.includes(d.status) && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">{t("Ghi bút toán", "Post an entry")}</h3>
          <ActionForm
            action={postLedgerEntryAction.bind(null, d.id)}
            submitLabel={t("Ghi sổ", "Post")}
            testId="posting-form"
            locale={locale}
            fields={[
              {
                name: "kind",
                label: t("Loại", "Type"),
                type: "select",
                options: (["ADVANCE", "FINAL_PAYMENT", "REFUND", "COUNTERPART"] as const).map((k) => ({
                  value: k,
                  label: LEDGER_KIND_LABELS[k][locale],
                })),
              },
              {
                name: "amount",
                label: t("Số tiền", "Amount"),
                required: true,
                hint: t("Ví dụ: 175 triệu, 1,5 tỷ hoặc 175.000.000", "E.g. 175 triệu, 1,5 tỷ or 175.000.000"),
              },
              { name: "occurredAt", label: t("Ngày", "Date"), type: "date", defaultValue: todayIso(), required: true },
              { name: "note", label: t("Ghi chú / số chứng từ", "Note / voucher number") },
              {
                name: "evidence",
                label: t("Chứng từ (bắt buộc với vốn đối ứng)", "Evidence (required for counterpart funds)"),
                type: "file",
                accept: ".pdf,.jpg,.jpeg,.png,.docx,.xlsx",
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
