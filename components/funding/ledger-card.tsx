import { Card, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { ActionForm } from "@/components/implementation/action-form";
import { money, todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import { LEDGER_KIND_LABELS } from "@/lib/funding/schemas";
import { postLedgerEntryAction } from "@/lib/funding/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

const POSTABLE = ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "STOPPED"];

/** The đề án's ledger: every line, the sums computed from them, and what the advance rule allows now. */
export function LedgerCard({ d, canManage }: { d: ImplementationDetail; canManage: boolean }) {
  const s = d.sums;
  return (
    <Card title="Sổ kinh phí">
      <div className="mb-4 grid gap-3 sm:grid-cols-3" data-testid="ledger-sums">
        <Stat label="Cam kết (được duyệt)" value={money(s.commitment)} />
        <Stat label="Đã tạm ứng" value={<span data-testid="sum-advances">{money(s.advances)}</span>} />
        <Stat label="Đã thanh toán" value={money(s.finalPayments)} />
        <Stat label="Đã hoàn trả" value={money(s.refunds)} />
        <Stat label="Đã chi ròng" value={<span data-testid="sum-net">{money(s.netPaid)}</span>} />
        <Stat label="Vốn đối ứng có chứng từ" value={money(s.counterpart)} hint={`Kế hoạch: ${money(d.counterpartPlanned)}`} />
      </div>
      {d.advance && (
        <div className={`mb-4 rounded-md p-3 text-sm ${d.advance.ok ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`} data-testid="advance-status">
          {d.advance.rule && <p className="font-semibold">Quy tắc tạm ứng: {d.advance.rule.label} — {d.advance.rule.condition} ({d.advance.rule.article})</p>}
          {d.advance.ok ? <p>Có thể tạm ứng tối đa {money(d.advance.available)} lúc này.</p> : <ul className="list-disc pl-5">{d.advance.reasons.map((r) => <li key={r}>{r}</li>)}</ul>}
        </div>
      )}
      {d.ledger.length === 0 ? (
        <p className="text-sm text-slate-600">Chưa có bút toán. Cam kết được ghi khi ký hợp đồng.</p>
      ) : (
        <Table head={["Ngày", "Loại", "Số tiền", "Ghi chú"]} caption="Các bút toán">
          {d.ledger.map((l) => (
            <tr key={l.id} data-testid="ledger-line">
              <Td>{formatDate(l.occurredAt)}</Td>
              <Td>{LEDGER_KIND_LABELS[l.kind].vi}{l.ruleCode && <span className="block text-xs text-slate-500">{l.ruleCode}</span>}</Td>
              <Td className="tabular-nums">{money(l.amount)}</Td>
              <Td>{l.note ?? ""}{l.evidenceDocumentId && <span className="block text-xs text-slate-500">Có chứng từ đính kèm</span>}</Td>
            </tr>
          ))}
        </Table>
      )}
      {canManage && d.contract && POSTABLE.includes(d.status) && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">Ghi bút toán</h3>
          <ActionForm
            action={postLedgerEntryAction.bind(null, d.id)} submitLabel="Ghi sổ" testId="posting-form"
            fields={[
              { name: "kind", label: "Loại", type: "select", options: (["ADVANCE", "FINAL_PAYMENT", "REFUND", "COUNTERPART"] as const).map((k) => ({ value: k, label: LEDGER_KIND_LABELS[k].vi })) },
              { name: "amount", label: "Số tiền", required: true, hint: "Ví dụ: 175 triệu, 1,5 tỷ hoặc 175.000.000" },
              { name: "occurredAt", label: "Ngày", type: "date", defaultValue: todayIso(), required: true },
              { name: "note", label: "Ghi chú / số chứng từ" },
              { name: "evidence", label: "Chứng từ (bắt buộc với vốn đối ứng)", type: "file", accept: ".pdf,.jpg,.jpeg,.png,.docx,.xlsx" },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
