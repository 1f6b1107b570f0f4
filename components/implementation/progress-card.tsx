import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/implementation/action-form";
import { formatDateTime } from "@/lib/dates";
import { formatPercentBp } from "@/lib/money";
import { submitProgressReportAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

const period = (p: string) => `${p.slice(5)}/${p.slice(0, 4)}`;

/** Monthly reports (due by the 25th) with photos; the form shows only while the đề án is being carried out. */
export function ProgressCard({ d, canReport, currentPeriod, fileBase }: { d: ImplementationDetail; canReport: boolean; currentPeriod: string; fileBase: string }) {
  const open = d.status === "CONTRACTED" || d.status === "IN_PROGRESS";
  return (
    <Card title="Báo cáo tiến độ hằng tháng">
      <p className="mb-3 text-sm text-slate-600">Báo cáo trước ngày 25 hằng tháng (Điều 23 Thông tư 36/2013/TT-BCT); tỷ lệ vốn đầu tư đã thực hiện là căn cứ tạm ứng.</p>
      {d.progressReports.length === 0 ? (
        <p className="text-sm text-slate-600">Chưa có báo cáo nào.</p>
      ) : (
        <ul className="divide-y" data-testid="progress-reports">
          {d.progressReports.map((r) => (
            <li key={r.id} className="py-2 text-sm">
              <p className="font-semibold">Kỳ {period(r.period)}: hoàn thành {r.percentComplete}% khối lượng, {formatPercentBp(r.investmentDoneBp)} vốn đầu tư</p>
              <p className="whitespace-pre-line">{r.content}</p>
              {r.issues && <p className="text-amber-800">Vướng mắc: {r.issues}</p>}
              {r.photoDocumentIds.length > 0 && (
                <ul className="mt-1 flex flex-wrap gap-2" aria-label={`Ảnh kỳ ${period(r.period)}`}>
                  {r.photoDocumentIds.map((docId, i) => (
                    <li key={docId}><a href={`${fileBase}/${docId}`} target="_blank" rel="noopener">
                      {/* eslint-disable-next-line @next/next/no-img-element -- private files served by our own route */}
                      <img src={`${fileBase}/${docId}`} alt={`Ảnh hiện trường ${i + 1}, kỳ ${period(r.period)}`} className="h-20 w-20 rounded border object-cover" />
                    </a></li>
                  ))}
                </ul>
              )}
              <p className="text-xs text-slate-500">Gửi lúc {formatDateTime(r.submittedAt)}{r.photoDocumentIds.length ? ` · ${r.photoDocumentIds.length} ảnh` : ""}</p>
            </li>
          ))}
        </ul>
      )}
      {canReport && open && (
        <div className="mt-4 border-t pt-4">
          <h3 className="mb-2 font-semibold">Gửi báo cáo kỳ này</h3>
          <ActionForm
            action={submitProgressReportAction.bind(null, d.id)} submitLabel="Gửi báo cáo tiến độ" testId="progress-form"
            fields={[
              { name: "period", label: "Kỳ báo cáo (tháng)", type: "month", defaultValue: currentPeriod, required: true },
              { name: "percentComplete", label: "Khối lượng công việc đã hoàn thành (%)", type: "number", min: 0, max: 100, required: true },
              { name: "investmentDonePercent", label: "Vốn đầu tư đã thực hiện (% tổng vốn)", type: "number", min: 0, max: 100, step: "0.1", required: true },
              { name: "content", label: "Kết quả thực hiện trong kỳ", type: "textarea", required: true },
              { name: "issues", label: "Khó khăn, vướng mắc (nếu có)", type: "textarea" },
              { name: "photos", label: "Ảnh hiện trường (JPG/PNG, tối đa 6 ảnh, mỗi ảnh ≤ 10 MB)", type: "file", multiple: true, accept: "image/jpeg,image/png" },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
