import { Card, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { ActionForm } from "@/components/implementation/action-form";
import { money, todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import { LEDGER_KIND_LABELS } from "@/lib/funding/schemas";
import { postLedgerEntryAction } from "@/lib/funding/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";
import { translator } from "@/lib/i18n/messages";

const POSTABLE = ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "STOPPED"];

/**
 * The đề án's ledger: every line, the sums computed from them, and what the advance rule allows now. The
 * advance rule's wording and reasons come from the rule engine (Vietnamese, citing the article).
 */
export function LedgerCard({ d, canManage, locale }: { d: ImplementationDetail; canManage: boolean; locale: Locale }) {
  const t = translator(locale, "components.funding.ledgerCard");
  const s = d.sums;
  return (
    <Card title={t("fundingLedger")}>
      <div className="mb-4 grid gap-3 sm:grid-cols-3" data-testid="ledger-sums">
        <Stat label={t("committedApproved")} value={money(s.commitment)} />
        <Stat label={t("advancesPaid")} value={<span data-testid="sum-advances">{money(s.advances)}</span>} />
        <Stat label={t("paymentsMade")} value={money(s.finalPayments)} />
        <Stat label={t("refunded")} value={money(s.refunds)} />
        <Stat label={t("netPaid")} value={<span data-testid="sum-net">{money(s.netPaid)}</span>} />
        <Stat
          label={t("counterpartFundsWithEvidence")}
          value={money(s.counterpart)}
          hint={`${t("planned")}: ${money(d.counterpartPlanned)}`}
        />
      </div>
      {d.advance && (
        <div
          className={`mb-4 rounded-md p-3 text-sm ${d.advance.ok ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`}
          data-testid="advance-status"
        >
          {d.advance.rule && (
            <p className="font-semibold">
              {t("advanceRule")}: {d.advance.rule.label} — {d.advance.rule.condition} ({d.advance.rule.article})
            </p>
          )}
          {d.advance.ok ? (
            <p>{t("upToCanBeAdvanced", { value: money(d.advance.available) })}</p>
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
        <p className="text-sm text-slate-600">{t("noEntriesYetTheCommitment")}</p>
      ) : (
        <Table head={[t("date"), t("type"), t("amount"), t("note")]} caption={t("ledgerEntries")}>
          {d.ledger.map((l) => (
            <tr key={l.id} data-testid="ledger-line">
              <Td>{formatDate(l.occurredAt)}</Td>
              <Td>
                {LEDGER_KIND_LABELS[l.kind][locale]}
                {l.ruleCode && <span className="block text-xs text-slate-500">{l.ruleCode}</span>}
              </Td>
              <Td>{money(l.amount)}</Td>
              <Td>
                {l.note ?? ""}
                {l.evidenceDocumentId && <span className="block text-xs text-slate-500">{t("evidenceAttached")}</span>}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {canManage && d.contract && POSTABLE.includes(d.status) && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">{t("postAnEntry")}</h3>
          <ActionForm
            action={postLedgerEntryAction.bind(null, d.id)}
            submitLabel={t("post")}
            testId="posting-form"
            locale={locale}
            fields={[
              {
                name: "kind",
                label: t("type"),
                type: "select",
                options: (["ADVANCE", "FINAL_PAYMENT", "REFUND", "COUNTERPART"] as const).map((k) => ({
                  value: k,
                  label: LEDGER_KIND_LABELS[k][locale],
                })),
              },
              {
                name: "amount",
                label: t("amount"),
                required: true,
                hint: t("eG175Trieu1"),
              },
              { name: "occurredAt", label: t("date"), type: "date", defaultValue: todayIso(), required: true },
              { name: "note", label: t("noteVoucherNumber") },
              {
                name: "evidence",
                label: t("evidenceRequiredForCounterpartFunds"),
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
