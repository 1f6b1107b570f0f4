import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { ActionForm } from "@/components/implementation/action-form";
import { money, todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import { formatPercentBp } from "@/lib/money";
import { recordFollowUpAction, settleAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

/** Settlement closes the đề án with the money reconciled; follow-ups 1–3 years later. */
export function SettlementCard({ d, canManage, canSettle }: { d: ImplementationDetail; canManage: boolean; canSettle: boolean }) {
  const s = d.settlement;
  return (
    <Card title="Quyết toán và theo dõi sau hỗ trợ">
      {s ? (
        <Table head={["Khoản", "Số tiền"]} caption={`Quyết toán số ${s.number} ngày ${formatDate(s.settledAt)}`}>
          {([["Kinh phí được duyệt", s.approvedSupport], ["Đã cấp (tạm ứng + thanh toán)", s.disbursed], ["Đã hoàn trả", s.refunded], ["Quyết toán", s.settledSupport], ["Vốn đối ứng có chứng từ", s.counterpart]] as const).map(([k, v]) => (
            <tr key={k} data-testid="settlement-line"><Td>{k}</Td><Td className="tabular-nums">{money(v)}</Td></tr>
          ))}
        </Table>
      ) : d.status === "ACCEPTED" ? (
        <div className="text-sm">
          <p className="mb-2">Đối chiếu trước khi quyết toán: đã chi ròng {money(d.sums.netPaid)} / được quyết toán tối đa {money(d.settleable.amount)}
            {d.settleable.volumeDoneBp !== null && ` (bất khả kháng: ${formatPercentBp(d.settleable.volumeDoneBp)} khối lượng)`}; vốn đối ứng có chứng từ {money(d.sums.counterpart)}.</p>
          {canSettle ? (
            <ActionForm action={settleAction.bind(null, d.id)} submitLabel="Quyết toán và đóng đề án" testId="settle-form"
              confirm="Quyết toán sẽ đóng đề án; không thể ghi thêm bút toán. Tiếp tục?"
              fields={[{ name: "settledAt", label: "Ngày quyết toán", type: "date", defaultValue: todayIso(), required: true }, { name: "note", label: "Ghi chú", type: "textarea" }]} />
          ) : <p className="text-slate-600">Lãnh đạo ký quyết toán.</p>}
        </div>
      ) : <p className="text-sm text-slate-600">Quyết toán sau khi nghiệm thu; hồ sơ nộp trong 15 ngày kể từ lần nghiệm thu cuối.</p>}
      {d.status === "SETTLED" && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">Kiểm tra sau hỗ trợ (1–3 năm)</h3>
          {d.followUps.length === 0 ? <p className="text-sm text-slate-600">Chưa có lần kiểm tra nào.</p> : (
            <ul className="mb-3 text-sm">{d.followUps.map((f) => (
              <li key={f.id}>{formatDate(f.checkedAt)}: máy {f.machineInUse === null ? "—" : f.machineInUse ? "còn sử dụng" : "không còn sử dụng"}; lao động giữ được {f.jobsKept ?? "—"}. {f.note}</li>
            ))}</ul>
          )}
          {canManage && (
            <ActionForm action={recordFollowUpAction.bind(null, d.id)} submitLabel="Ghi kết quả kiểm tra sau hỗ trợ"
              fields={[
                { name: "checkedAt", label: "Ngày kiểm tra", type: "date", defaultValue: todayIso(), required: true },
                { name: "machineInUse", label: "Máy móc, mô hình còn được sử dụng?", type: "select", options: [{ value: "yes", label: "Còn sử dụng" }, { value: "no", label: "Không còn sử dụng" }, { value: "na", label: "Không áp dụng" }] },
                { name: "jobsKept", label: "Số lao động được duy trì", type: "number", min: 0 },
                { name: "note", label: "Ghi chú", type: "textarea" },
              ]} />
          )}
        </div>
      )}
    </Card>
  );
}
