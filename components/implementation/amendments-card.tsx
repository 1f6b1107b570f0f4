import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ActionForm } from "@/components/implementation/action-form";
import { money } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import { formatPercentBp } from "@/lib/money";
import { AMENDMENT_LABELS, AUTHORITY_LABELS, authorityOf } from "@/lib/implementation/amendment-rules";
import { decideAmendmentAction, requestAmendmentAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

const STATUS = { REQUESTED: ["warning", "Chờ quyết định"], APPROVED: ["success", "Đã chấp thuận"], REJECTED: ["danger", "Không chấp thuận"] } as const;

function describe(kind: string, details: Record<string, unknown>): string {
  if (kind === "AMOUNT_INCREASE" || kind === "AMOUNT_DECREASE") return `${money(String(details.from ?? "0"))} → ${money(String(details.to ?? "0"))}`;
  if (kind === "FORCE_MAJEURE" && typeof details.volumeDoneBp === "number") return `Khối lượng đã thực hiện ${formatPercentBp(details.volumeDoneBp)}`;
  if (kind === "TIME") return `Thời hạn mới ${formatDate(String(details.to))}`;
  return details.to ? `Mới: ${String(details.to)}` : "";
}

/** Typed change requests, each with the authority that must decide it and its own decision record. */
export function AmendmentsCard({ d, canRequest, canDecide }: { d: ImplementationDetail; canRequest: boolean; canDecide: boolean }) {
  const open = ["APPROVED", "CONTRACTED", "IN_PROGRESS"].includes(d.status);
  return (
    <Card title="Điều chỉnh, dừng, bất khả kháng">
      {d.amendments.length === 0 ? <p className="text-sm text-slate-600">Chưa có yêu cầu điều chỉnh.</p> : (
        <ul className="divide-y">
          {d.amendments.map((a) => {
            const auth = authorityOf(a.requiredAuthority);
            const [tone, label] = STATUS[a.status];
            return (
              <li key={a.id} className="py-3 text-sm">
                <p className="font-semibold">{AMENDMENT_LABELS[a.kind]} <Badge tone={tone}>{label}</Badge></p>
                <p>{describe(a.kind, a.details)}</p>
                <p>Lý do: {a.reason}</p>
                <p className="text-slate-600">Thẩm quyền quyết định: {auth ? AUTHORITY_LABELS[auth] : a.requiredAuthority}</p>
                {a.decisionNo && <p>Quyết định số {a.decisionNo} ngày {formatDate(a.decidedAt)}: {a.decisionReason}</p>}
                {a.status === "REQUESTED" && canDecide && (
                  <div className="mt-2 rounded border p-3">
                    <ActionForm
                      action={decideAmendmentAction.bind(null, d.id, a.id)} submitLabel="Ghi quyết định" confirm="Ghi quyết định về yêu cầu điều chỉnh này?"
                      fields={[
                        { name: "approve", label: "Quyết định", type: "select", options: [{ value: "yes", label: "Chấp thuận" }, { value: "no", label: "Không chấp thuận" }] },
                        { name: "decisionNo", label: auth && auth !== "SO_CONG_THUONG" ? `Số văn bản của ${AUTHORITY_LABELS[auth]}` : "Số quyết định", required: true },
                        { name: "decisionReason", label: "Nội dung, lý do", type: "textarea", required: true },
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
          <h3 className="mb-2 font-semibold">Đề nghị điều chỉnh</h3>
          <ActionForm
            action={requestAmendmentAction.bind(null, d.id)} submitLabel="Gửi đề nghị"
            fields={[
              { name: "kind", label: "Loại điều chỉnh", type: "select", options: Object.entries(AMENDMENT_LABELS).map(([value, label]) => ({ value, label })) },
              { name: "newAmount", label: "Kinh phí hỗ trợ mới (khi tăng/giảm kinh phí)", hint: `Hiện tại: ${money(d.approvedSupport)}` },
              { name: "newText", label: "Nội dung mới (đơn vị thụ hưởng, địa điểm, nội dung)" },
              { name: "newEndDate", label: "Thời hạn mới (khi thay đổi thời gian)", type: "date" },
              { name: "volumeDonePercent", label: "Khối lượng đã thực hiện, % (khi bất khả kháng)", type: "number", min: 0, max: 100 },
              { name: "reason", label: "Lý do", type: "textarea", required: true },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
