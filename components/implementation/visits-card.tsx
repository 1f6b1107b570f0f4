import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ActionForm } from "@/components/implementation/action-form";
import { todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import { recordVisitAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

export function VisitsCard({ d, canManage }: { d: ImplementationDetail; canManage: boolean }) {
  const canVisit = ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"].includes(d.status);
  return (
    <Card title="Kiểm tra, giám sát và hậu kiểm">
      {d.visits.length === 0 ? <p className="text-sm text-slate-600">Chưa có đợt kiểm tra nào.</p> : (
        <ul className="divide-y">
          {d.visits.map((v) => (
            <li key={v.id} className="py-2 text-sm">
              <p className="font-semibold">{v.kind === "MONITORING" ? "Kiểm tra, giám sát" : "Hậu kiểm"} ngày {formatDate(v.visitedAt)}{" "}
                <Badge tone={v.compliant ? "success" : "danger"}>{v.compliant ? "Đúng cam kết" : "Có sai phạm"}</Badge></p>
              <p className="whitespace-pre-line">{v.findings}</p>
            </li>
          ))}
        </ul>
      )}
      {canManage && canVisit && (
        <div className="mt-4 border-t pt-4">
          <ActionForm
            action={recordVisitAction.bind(null, d.id)} submitLabel="Ghi kết quả kiểm tra"
            fields={[
              { name: "kind", label: "Loại", type: "select", options: [{ value: "MONITORING", label: "Kiểm tra, giám sát trong khi thực hiện" }, { value: "POST_CHECK", label: "Hậu kiểm sau nghiệm thu / quyết toán" }] },
              { name: "visitedAt", label: "Ngày kiểm tra", type: "date", defaultValue: todayIso(), required: true },
              { name: "findings", label: "Kết quả, phát hiện", type: "textarea", required: true },
              { name: "compliant", label: "Kết luận", type: "select", options: [{ value: "yes", label: "Thực hiện đúng cam kết" }, { value: "no", label: "Có sai phạm, cần xử lý" }] },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
