import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getOwnEstablishment } from "@/lib/establishments/queries";
import { listOwnProposals } from "@/lib/applications/queries";
import { KIND_LABELS, industryLabel } from "@/lib/rules/industries";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ProposalList } from "@/components/application/proposal-list";

export const metadata: Metadata = { title: "Trang của doanh nghiệp" };

export default async function EnterpriseHome({ searchParams }: { searchParams: Promise<{ moi?: string }> }) {
  const actor = await requireActor("proposal.viewOwn");
  const profile = await getOwnEstablishment(actor);
  if (!profile) redirect("/dang-ky/co-so");
  const { moi } = await searchParams;
  const items = await listOwnProposals(actor);
  const returned = items.filter((p) => p.openSupplement);
  const drafts = items.filter((p) => p.status === "DRAFT");
  const submitted = items.filter((p) => p.status !== "DRAFT");
  return (
    <div>
      <PageHeader title={profile.name} subtitle={`${KIND_LABELS[profile.kind]} · ${industryLabel(profile.industryCode)} · ${profile.communeName ?? "chưa khai báo địa bàn"}`}
        actions={<LinkButton href="/doanh-nghiep/ho-so/moi">Lập hồ sơ đề nghị hỗ trợ</LinkButton>} />
      {moi && <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">Đăng ký thành công. Bạn có thể lập hồ sơ đề nghị hỗ trợ khuyến công ngay.</p>}
      {returned.length > 0 && (
        <Card title="Hồ sơ cần bổ sung" className="mb-4 border-amber-300">
          <ProposalList items={returned} base="/doanh-nghiep/ho-so" />
        </Card>
      )}
      <div className="mb-4 grid grid-cols-3 gap-2 sm:gap-3">
        <Stat label="Bản nháp" value={drafts.length} />
        <Stat label="Đã nộp" value={submitted.length} />
        <Stat label="Được phê duyệt" value={items.filter((p) => ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"].includes(p.status)).length} />
      </div>
      {items.length === 0 ? (
        <EmptyState title="Chưa có hồ sơ nào" hint="Lập hồ sơ trực tuyến: chọn nội dung, nhập dự toán — hệ thống cho biết ngay mức hỗ trợ tối đa theo quy định."
          action={<LinkButton href="/doanh-nghiep/ho-so/moi">Lập hồ sơ đầu tiên</LinkButton>} />
      ) : (
        <Card title="Hồ sơ gần đây" actions={<LinkButton href="/doanh-nghiep/ho-so" variant="ghost">Xem tất cả</LinkButton>}>
          <ProposalList items={items.slice(0, 5)} base="/doanh-nghiep/ho-so" />
        </Card>
      )}
    </div>
  );
}
