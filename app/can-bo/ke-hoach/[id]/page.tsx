import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/dates";
import { getPlan } from "@/lib/plans/queries";
import { SIGN_MODE_TEXT } from "@/lib/decisions/delegation-rules";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { TotalsBar } from "@/components/plans/totals-bar";
import { AddBatchForm, RemoveFromPlanButton } from "@/components/plans/plan-forms";
import { AddCandidatesForm, ApprovePlanForm } from "@/components/plans/composer";

export const metadata: Metadata = { title: "Lập kế hoạch khuyến công" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("plan.compose");
  const { id } = await params;
  const plan = await getPlan(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const pending = plan.items.filter((i) => i.pending).length;
  const open = plan.status !== "APPROVED";
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/can-bo/ke-hoach" className="underline">← Kế hoạch</Link></p>
      <PageHeader title={plan.name} subtitle={plan.agencyName}
        actions={plan.status === "APPROVED" ? <Badge tone="success">Đã phê duyệt · QĐ {plan.decisionNo} ngày {formatDate(plan.decisionDate)}</Badge> : <Badge>Đang lập</Badge>} />
      <Card title="Tổng kinh phí so với hạn mức" className="mb-4"><TotalsBar plan={plan} /></Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={`Đề án trong kế hoạch (${plan.items.length})`}>
            {plan.items.length === 0 ? <p className="text-sm text-slate-600">Chưa có đề án nào. Chọn trong danh sách đề án đã được đề nghị hỗ trợ.</p> : (
              <Table head={["Đề án", "Đợt", "Trạng thái", "Kinh phí", ""]}>
                {plan.items.map((i) => (
                  <tr key={i.id} data-testid="plan-item">
                    <Td><Link href={`/can-bo/ho-so/${i.id}`} className="underline">{i.title}</Link><p className="text-xs text-slate-600">{i.code} · {i.establishmentName}</p></Td>
                    <Td>{i.batch ?? "—"}</Td>
                    <Td><Badge tone={i.tone}>{i.statusLabel}</Badge></Td>
                    <Td className="tabular-nums">{i.approved ?? i.requested}</Td>
                    <Td>{i.pending && open && <RemoveFromPlanButton planId={plan.id} proposalId={i.id} />}</Td>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
          {open && <Card title="Đề án đã được đề nghị hỗ trợ, chưa vào kế hoạch"><AddCandidatesForm planId={plan.id} candidates={plan.candidates} batches={plan.batches} /></Card>}
        </div>
        <div className="space-y-4">
          <Card title="Đợt">
            <ul className="mb-3 list-disc pl-5 text-sm">{plan.batches.map((b) => <li key={b.id}>{b.name}</li>)}</ul>
            {open && <AddBatchForm planId={plan.id} />}
          </Card>
          {open && (plan.canApprove || plan.delegations.length > 0) && (
            <Card title="Phê duyệt kế hoạch">
              <ApprovePlanForm planId={plan.id} pending={pending} fits={plan.totals.fits} mayApproveDirectly={plan.canApprove}
                delegations={plan.delegations.map((d) => ({ id: d.id, label: `${SIGN_MODE_TEXT[d.mode].vi} ${d.principalName}` }))} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
