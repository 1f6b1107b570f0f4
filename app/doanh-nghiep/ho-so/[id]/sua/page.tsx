import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getFormContext, getProposalStatus } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Sửa bản nháp hồ sơ" : "Edit draft application" };
}

export default async function EditDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("proposal.createOwn");
  const { id } = await params;
  // A draft submitted meanwhile (another tab): show the dossier instead of an editor.
  if ((await orNotFound(getProposalStatus(actor, id))) !== "DRAFT") redirect(`/doanh-nghiep/ho-so/${id}`);
  const ctx = await orNotFound(getFormContext(actor, { proposalId: id }));
  const locale = await getLocale();
  return (
    <div>
      <PageHeader
        title={locale === "vi" ? "Hồ sơ đề nghị hỗ trợ (bản nháp)" : "Support application (draft)"}
        subtitle={ctx.establishment.name}
      />
      <ApplicationForm ctx={ctx} editBase="/doanh-nghiep/ho-so" locale={locale} />
    </div>
  );
}
