import type { ReactNode } from "react";
import type { ProposalDetail } from "@/lib/applications/dto";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { StatusTimeline } from "@/components/timeline/status-timeline";
import { KIND_LABELS } from "@/components/application/step-attachments";

const m = (s: string | null) => (s === null ? "—" : formatMoney(BigInt(s)));

/** A dossier as its owner (or the staff who filed it) sees it: summary, budget, attachments, timeline. */
export function DossierDetail({ d, downloadBase, actions }: { d: ProposalDetail; downloadBase: string; actions?: ReactNode }) {
  const info = STATUS_INFO[d.status];
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <div className="grid gap-4">
        <Card title="Thông tin đề án" actions={<Badge tone={info.tone}>{info.label.vi}</Badge>}>
          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-600">Mã hồ sơ</dt><dd className="font-semibold tabular-nums" data-testid="dossier-code">{d.code ?? "Chưa nộp"}</dd>
            <dt className="text-slate-600">Cơ sở</dt><dd>{d.establishment}{d.assisted && " (nộp qua cán bộ tiếp nhận)"}</dd>
            <dt className="text-slate-600">Nội dung</dt><dd>{d.activity} <span className="text-slate-600">({d.activityArticle})</span></dd>
            <dt className="text-slate-600">Cơ quan tiếp nhận</dt><dd>{d.agency}</dd>
            <dt className="text-slate-600">Địa điểm</dt><dd>{[d.location, d.commune].filter(Boolean).join(", ") || "—"}</dd>
            <dt className="text-slate-600">Thời gian</dt><dd>{d.startDate ? `${formatDate(d.startDate)} – ${formatDate(d.endDate)}` : "—"}</dd>
            <dt className="text-slate-600">Ngày nộp</dt><dd>{formatDate(d.submittedAt)}</dd>
            <dt className="text-slate-600">Mục tiêu</dt><dd className="whitespace-pre-line">{d.objectives || "—"}</dd>
          </dl>
        </Card>
        {d.lines.length > 0 && (
          <Table caption="Dự toán kinh phí" head={["#", "Hạng mục", "SL", "Thành tiền", "Đề nghị hỗ trợ", "Vốn đối ứng"]}>
            {d.lines.map((l) => (
              <tr key={l.position}>
                <Td>{l.position}</Td><Td>{l.item}</Td><Td>{l.quantity} {l.unit}</Td>
                <Td className="tabular-nums">{m(l.total)}</Td><Td className="tabular-nums">{m(l.requestedSupport)}</Td><Td className="tabular-nums">{m(l.counterpart)}</Td>
              </tr>
            ))}
            <tr className="font-semibold"><Td>{""}</Td><Td>Tổng cộng</Td><Td>{""}</Td><Td className="tabular-nums">{m(d.totalCost)}</Td><Td className="tabular-nums">{m(d.requestedSupport)}</Td><Td className="tabular-nums">{m(d.counterpart)}</Td></tr>
          </Table>
        )}
        {d.approvedSupport && <p className="rounded-md bg-green-50 p-3 text-sm text-green-900">Mức hỗ trợ được phê duyệt: <b>{m(d.approvedSupport)}</b></p>}
        <Card title="Tài liệu đính kèm">
          {d.documents.length === 0 ? <p className="text-sm text-slate-600">Chưa có tài liệu.</p> : (
            <ul className="divide-y divide-slate-100 text-sm">
              {d.documents.map((doc) => (
                <li key={doc.id} className="py-2"><b>{KIND_LABELS[doc.kind] ?? doc.kind}:</b>{" "}
                  <a className="text-brand-700 underline" href={`${downloadBase}/${doc.id}`}>{doc.fileName}</a> <span className="text-slate-600">({formatDate(doc.createdAt)})</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {actions}
      </div>
      <Card title="Tiến trình xử lý">
        <StatusTimeline items={d.events.map((e) => ({
          id: e.id, at: e.at, toStatus: e.toStatus, action: e.action, actorName: e.actorName, onBehalfOfName: e.onBehalfOfName, signMode: e.signMode, reason: e.reason,
        }))}
          emptyText="Bản nháp chưa nộp." />
      </Card>
    </div>
  );
}
