import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getEstablishmentForStaff } from "@/lib/establishments/queries";
import { updateAssistedAction } from "@/lib/establishments/actions";
import { listCurrentCommunes, listProposalsOf } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { KIND_LABELS } from "@/lib/rules/industries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ProposalList } from "@/components/application/proposal-list";
import { EstablishmentForm } from "@/components/establishment/establishment-form";
import { profileValues } from "@/components/establishment/profile-values";

export const metadata: Metadata = { title: "Cơ sở (nộp hộ)" };

export default async function AssistedEstablishmentPage({ params, searchParams }: { params: Promise<{ establishmentId: string }>; searchParams: Promise<{ moi?: string }> }) {
  const actor = await requireActor("establishment.registerAssisted");
  const { establishmentId } = await params;
  const { moi } = await searchParams;
  const profile = await orNotFound(getEstablishmentForStaff(actor, establishmentId));
  const [items, communes] = [await listProposalsOf(actor, profile.id), await listCurrentCommunes()];
  const base = `/can-bo/dang-ky-ho/${profile.id}/ho-so`;
  return (
    <div>
      <PageHeader title={profile.name} subtitle={`${KIND_LABELS[profile.kind]} · ${profile.communeName ?? "chưa có địa bàn"}`}
        actions={actor.role === "STAFF" ? <LinkButton href={`${base}/moi`}>Lập hồ sơ thay cơ sở</LinkButton> : undefined} />
      {moi && <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">Đã đăng ký cơ sở (ghi nhật ký: đăng ký hộ).</p>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Hồ sơ của cơ sở">
          {items.length === 0 ? <EmptyState title="Chưa có hồ sơ" hint="Lập hồ sơ thay cơ sở khi cơ sở nộp trực tiếp tại bộ phận một cửa." /> : <ProposalList items={items} base={base} />}
        </Card>
        <div>
          <h2 className="mb-3 text-lg font-semibold">Thông tin cơ sở</h2>
          <EstablishmentForm action={updateAssistedAction} initial={profileValues(profile)} communes={communes} submitLabel="Lưu thông tin" assisted establishmentId={profile.id} />
        </div>
      </div>
    </div>
  );
}
