import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { periodOf } from "@/lib/calendar/deadlines";
import { loadImplementationOr404 } from "@/lib/implementation/load";
import { PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { money, todayIso } from "@/components/funding/money";
import { ContractCard } from "@/components/funding/contract-card";
import { LedgerCard } from "@/components/funding/ledger-card";
import { DueList } from "@/components/implementation/due-list";
import { ProgressCard } from "@/components/implementation/progress-card";
import { VisitsCard } from "@/components/implementation/visits-card";
import { AmendmentsCard } from "@/components/implementation/amendments-card";
import { AcceptanceCard } from "@/components/implementation/acceptance-card";
import { SettlementCard } from "@/components/implementation/settlement-card";

export const metadata: Metadata = { title: "Thực hiện đề án" };

export default async function ImplementationDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const d = await loadImplementationOr404(actor, id);
  const manage = can(actor.role, "funding.manage");
  const info = STATUS_INFO[d.status];
  return (
    <>
      <PageHeader
        title={d.title}
        subtitle={`${d.code ?? "Chưa có mã hồ sơ"} · ${d.establishment?.name ?? d.implementingUnit ?? ""} · ${d.activity.name} · năm ${d.year} · ${d.fund === "KCQG" ? "KC quốc gia" : "KC địa phương"}`}
        actions={<Link href="/can-bo/thuc-hien" className="text-brand-700 underline">← Danh sách</Link>}
      />
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        <Badge tone={info.tone}><span data-testid="proposal-status">{info.label.vi}</span></Badge>
        <span>Kinh phí hỗ trợ được duyệt: <strong>{money(d.approvedSupport)}</strong></span>
        <span>Thời gian: {formatDate(d.startDate)} – {formatDate(d.endDate)}</span>
      </div>
      {d.due.length > 0 && <div className="mb-6"><DueList items={d.due} hrefBase="/can-bo/thuc-hien" /></div>}
      <div className="grid gap-6">
        <ContractCard d={d} canManage={manage} />
        <LedgerCard d={d} canManage={manage} />
        <ProgressCard d={d} canReport={can(actor.role, "funding.report")} currentPeriod={periodOf(todayIso())} fileBase={`/can-bo/thuc-hien/${d.id}/tep`} />
        <VisitsCard d={d} canManage={manage} />
        <AmendmentsCard d={d} canRequest={manage} canDecide={can(actor.role, "proposal.decide")} />
        <AcceptanceCard d={d} canManage={manage} />
        <SettlementCard d={d} canManage={manage} canSettle={d.actions.includes("settle")} />
      </div>
    </>
  );
}
