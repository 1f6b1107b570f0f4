import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listOwnProposals } from "@/lib/applications/queries";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ProposalList } from "@/components/application/proposal-list";

export const metadata: Metadata = { title: "Hồ sơ đề án" };

export default async function DossiersPage() {
  const actor = await requireActor("proposal.viewOwn");
  const items = await listOwnProposals(actor);
  return (
    <div>
      <PageHeader title="Hồ sơ đề án của cơ sở" actions={<LinkButton href="/doanh-nghiep/ho-so/moi">Lập hồ sơ mới</LinkButton>} />
      {items.length === 0
        ? <EmptyState title="Chưa có hồ sơ nào" hint="Bấm “Lập hồ sơ mới” để bắt đầu; bản nháp được lưu tự động." />
        : <ProposalList items={items} base="/doanh-nghiep/ho-so" />}
    </div>
  );
}
