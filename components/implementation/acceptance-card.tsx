import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ActionForm, type FormFieldSpec } from "@/components/implementation/action-form";
import { todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import { recordAcceptanceAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

/** Acceptance minutes and the indicator values they record (they become the dashboard's results). */
export function AcceptanceCard({ d, canManage }: { d: ImplementationDetail; canManage: boolean }) {
  const canAccept = canManage && ["CONTRACTED", "IN_PROGRESS", "ACCEPTED"].includes(d.status);
  const fields: FormFieldSpec[] = [
    { name: "minutesNo", label: "Số biên bản nghiệm thu", required: true },
    { name: "acceptedAt", label: "Ngày nghiệm thu", type: "date", defaultValue: todayIso(), required: true },
    { name: "kind", label: "Loại", type: "select", options: [{ value: "BASE", label: "Nghiệm thu cơ sở" }, { value: "FINAL", label: "Nghiệm thu hoàn thành" }] },
    ...d.indicatorChoices.map((i) => ({ name: `ind.${i.code}`, label: `${i.name} (${i.unit})`, type: "number" as const, min: 0, defaultValue: i.value === null ? "" : String(i.value) })),
    { name: "extraCode", label: "Chỉ tiêu khác (nếu có)", type: "select", options: [{ value: "", label: "— Không —" }, ...d.allIndicators.map((i) => ({ value: i.code, label: `${i.name} (${i.unit})` }))] },
    { name: "extraValue", label: "Giá trị chỉ tiêu khác", type: "number", min: 0 },
    { name: "note", label: "Ghi chú, kết luận của hội đồng", type: "textarea" },
  ];
  return (
    <Card title="Nghiệm thu">
      {d.doubleFunding.length > 0 && (
        <div role="note" className="mb-3 rounded-md bg-red-50 p-3 text-sm text-red-900" data-testid="double-funding">
          <p className="font-semibold">Cảnh báo hỗ trợ trùng: cùng cơ sở, cùng hạng mục chi đã được hỗ trợ ở đề án khác</p>
          <ul className="list-disc pl-5">{d.doubleFunding.map((h) => <li key={h.proposalId}>{h.code ?? "(chưa có mã)"} — {h.title} ({h.year}, {h.fund}): {h.costKinds.join(", ")}</li>)}</ul>
        </div>
      )}
      {d.acceptances.length === 0 ? <p className="text-sm text-slate-600">Chưa nghiệm thu.</p> : (
        <ul className="divide-y" data-testid="acceptances">
          {d.acceptances.map((a) => (
            <li key={a.id} className="py-2 text-sm">
              <p className="font-semibold">Biên bản số {a.minutesNo} ngày {formatDate(a.acceptedAt)} {a.doubleFundingFlag && <Badge tone="danger">Nghi hỗ trợ trùng</Badge>}{" "}
                <Link className="text-brand-700 underline" href={`/can-bo/thuc-hien/${d.id}/bien-ban/${a.id}`}>In biên bản</Link></p>
              <ul className="list-disc pl-5">{a.results.map((r) => <li key={r.code}>{r.name}: {r.value} {r.unit}</li>)}</ul>
            </li>
          ))}
        </ul>
      )}
      {canAccept && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">Ghi biên bản nghiệm thu</h3>
          <ActionForm action={recordAcceptanceAction.bind(null, d.id)} fields={fields} submitLabel="Ghi biên bản nghiệm thu" testId="acceptance-form"
            confirm="Ghi biên bản nghiệm thu? Kết quả chỉ tiêu sẽ được tính vào báo cáo." />
        </div>
      )}
    </Card>
  );
}
