import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getScoreSheet } from "@/lib/appraisal/appraiser";
import { formatTenths } from "@/lib/appraisal/rubric-math";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { RuleVerdict } from "@/components/appraisal/rule-verdict";
import { ConflictForm } from "@/components/appraisal/conflict-form";
import { ScoreForm } from "@/components/appraisal/score-form";

export const metadata: Metadata = { title: "Phiếu chấm điểm thẩm định" };

export default async function ScoreSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("proposal.score");
  const { id } = await params;
  const s = await getScoreSheet(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const p = s.proposal;
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/hoi-dong" className="underline">← Hồ sơ được phân công</Link></p>
      <PageHeader title={p.title} subtitle={`${p.code ?? ""} · ${p.establishmentName ?? ""} · ${p.communeName ?? ""}`} actions={<Badge tone={p.tone}>{p.statusLabel}</Badge>} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <Card title="Tóm tắt đề án">
            <dl className="text-sm">
              <dt className="font-semibold">Nội dung</dt><dd className="mb-2">{p.activityName}</dd>
              <dt className="font-semibold">Mục tiêu</dt><dd className="mb-2">{p.objectives || "—"}</dd>
              <dt className="font-semibold">Kinh phí</dt><dd className="mb-2">Tổng {p.totalCost}; đề nghị hỗ trợ {p.requestedSupport}; đối ứng {p.counterpart}</dd>
            </dl>
            <ul className="list-disc pl-5 text-sm">{p.budgetLines.map((l, i) => <li key={i}>{l.item}: {l.quantity} {l.unit}, {l.total} (đề nghị {l.requestedSupport})</li>)}</ul>
            {p.documents.length > 0 && <ul className="mt-2 list-disc pl-5 text-sm">{p.documents.map((d) => <li key={d.id}><a className="underline" href={`/doanh-nghiep/ho-so/${p.id}/tai-lieu/${d.id}`}>{d.fileName}</a></li>)}</ul>}
          </Card>
          {s.conflict !== "RECUSED" && <Card title="Kiểm tra theo quy định (tự động)"><RuleVerdict verdict={s.verdict} /></Card>}
        </div>
        <div className="space-y-4">
          {s.conflict === "RECUSED" ? (
            <Card title="Không tham gia thẩm định"><p className="text-sm" data-testid="recused-note">Ông/bà đã xin không tham gia thẩm định hồ sơ này do xung đột lợi ích{s.conflictNote ? `: “${s.conflictNote}”` : "."} Không thể chấm điểm.</p></Card>
          ) : s.conflict === "PENDING" ? (
            <Card title="Trước khi chấm điểm"><ConflictForm proposalId={p.id} allowNoConflict /></Card>
          ) : (
            <>
              <Card title={`${s.rubric.name}`}>
                {s.myTotalTenths !== null && <p className="mb-3 text-sm">Tổng điểm của ông/bà: <strong data-testid="my-total">{formatTenths(s.myTotalTenths)}</strong>/100</p>}
                {s.canScore ? <ScoreForm proposalId={p.id} criteria={s.rubric.criteria} mine={s.mine} /> : <p className="text-sm text-slate-600">Hồ sơ không còn ở giai đoạn chấm điểm.</p>}
                {s.rubric.legalRef && <p className="mt-3 text-xs text-slate-600">Căn cứ: {s.rubric.legalRef}</p>}
              </Card>
              {s.canScore && <Card title="Phát hiện xung đột lợi ích sau khi khai báo?"><ConflictForm proposalId={p.id} allowNoConflict={false} /></Card>}
            </>
          )}
        </div>
      </div>
    </>
  );
}
