import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getProposalDetail } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { availableActions } from "@/lib/proposals/workflow";
import { PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { DossierDetail } from "@/components/application/dossier-detail";
import { SupplementPanel } from "@/components/application/supplement-panel";
import { WithdrawForm } from "@/components/application/follow-up-forms";

export const metadata: Metadata = { title: "Chi tiết hồ sơ" };

export default async function DossierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("proposal.viewOwn");
  const { id } = await params;
  const d = await orNotFound(getProposalDetail(actor, id));
  const actions = availableActions(d.status, actor.role);
  const open = d.status === "RETURNED" ? d.supplements.find((s) => s.round === d.round && !s.answeredAt) : undefined;
  return (
    <div>
      <PageHeader title={d.title} subtitle={d.code ? `Mã hồ sơ ${d.code}` : "Bản nháp"}
        actions={<div className="flex flex-wrap gap-2">
          {d.status === "DRAFT" && <LinkButton href={`/doanh-nghiep/ho-so/${d.id}/sua`}>Tiếp tục soạn</LinkButton>}
          {d.code && <LinkButton href={`/doanh-nghiep/ho-so/${d.id}/bien-nhan`} variant="secondary">Biên nhận</LinkButton>}
        </div>} />
      <DossierDetail d={d} downloadBase={`/doanh-nghiep/ho-so/${d.id}/tai-lieu`} actions={
        <>
          {open && actions.includes("resubmit") && <SupplementPanel proposalId={d.id} request={open} />}
          {actions.includes("withdraw") && d.status !== "DRAFT" && <div><WithdrawForm proposalId={d.id} /></div>}
        </>
      } />
    </div>
  );
}
