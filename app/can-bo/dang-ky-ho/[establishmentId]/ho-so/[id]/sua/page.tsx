import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getFormContext, getProposalStatus } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";

export const metadata: Metadata = { title: "Sửa bản nháp (nộp hộ)" };

export default async function AssistedEditPage({ params }: { params: Promise<{ establishmentId: string; id: string }> }) {
  const actor = await requireActor("proposal.fileAssisted");
  const { establishmentId, id } = await params;
  const base = `/can-bo/dang-ky-ho/${establishmentId}/ho-so`;
  if ((await orNotFound(getProposalStatus(actor, id))) !== "DRAFT") redirect(`${base}/${id}`);
  const ctx = await orNotFound(getFormContext(actor, { proposalId: id }));
  return (
    <div>
      <PageHeader title="Hồ sơ nộp hộ (bản nháp)" subtitle={ctx.establishment.name} />
      <ApplicationForm ctx={ctx} editBase={base} />
    </div>
  );
}
