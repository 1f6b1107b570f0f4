import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { listPlans } from "@/lib/plans/queries";
import { formatDate } from "@/lib/dates";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { CreatePlanForm, EnvelopeForm } from "@/components/plans/plan-forms";

export const metadata: Metadata = { title: "Kế hoạch khuyến công năm" };

const STATUS = { DRAFT: ["Đang lập", "neutral"], SUBMITTED: ["Đã trình", "info"], APPROVED: ["Đã phê duyệt", "success"] } as const;

export default async function PlansPage() {
  const actor = await requireActor("plan.compose");
  const { plans, envelopes } = await listPlans(actor);
  const year = new Date().getFullYear();
  return (
    <>
      <PageHeader title="Kế hoạch khuyến công năm" subtitle="Lập kế hoạch theo năm, nguồn kinh phí và đợt; theo dõi tổng so với hạn mức." />
      {plans.length === 0 ? <EmptyState title="Chưa có kế hoạch nào." hint="Nhập hạn mức kinh phí được giao, rồi tạo kế hoạch ở khung bên dưới." /> : (
        <Table head={["Kế hoạch", "Trạng thái", "Số đề án", "Dự kiến / hạn mức"]}>
          {plans.map((p) => (
            <tr key={p.id}>
              <Td><Link href={`/can-bo/ke-hoach/${p.id}`} className="font-semibold text-brand-700 underline">{p.name}</Link><p className="text-xs text-slate-600">{p.agencyName}</p></Td>
              <Td><Badge tone={STATUS[p.status][1]}>{STATUS[p.status][0]}</Badge>{p.decisionNo && <p className="text-xs">QĐ {p.decisionNo} ngày {formatDate(p.decisionDate)}</p>}</Td>
              <Td>{p.count}</Td>
              <Td className="tabular-nums">{p.projected} / {p.envelope ?? "chưa có hạn mức"} <span className={p.fits ? "" : "text-red-700"}>({p.used})</span></Td>
            </tr>
          ))}
        </Table>
      )}
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <Card title="Hạn mức kinh phí">
          {envelopes.length > 0 && (
            <ul className="mb-4 space-y-1 text-sm" data-testid="envelopes">
              {envelopes.map((e) => <li key={e.id}>{e.fund === "KCQG" ? "KCQG" : "KCĐP"} {e.year}: {e.amount} · đã cam kết {e.committed} · còn {e.remaining}</li>)}
            </ul>
          )}
          <EnvelopeForm year={year} />
        </Card>
        <Card title="Tạo kế hoạch mới"><CreatePlanForm year={year} /></Card>
      </div>
    </>
  );
}
