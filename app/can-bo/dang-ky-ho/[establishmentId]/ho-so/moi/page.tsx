import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getFormContext } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";

export const metadata: Metadata = { title: "Lập hồ sơ thay cơ sở" };

export default async function AssistedNewPage({ params }: { params: Promise<{ establishmentId: string }> }) {
  const actor = await requireActor("proposal.fileAssisted");
  const { establishmentId } = await params;
  const ctx = await orNotFound(getFormContext(actor, { establishmentId }));
  return (
    <div>
      <PageHeader title="Lập hồ sơ thay cơ sở (nộp hộ)" subtitle={ctx.establishment.name} />
      <ApplicationForm ctx={ctx} editBase={`/can-bo/dang-ky-ho/${establishmentId}/ho-so`} />
    </div>
  );
}
