import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getFormContext, getProposalStatus } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.hoSo.id.sua.page")("editDraftApplication") };
}

async function EditDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("proposal.createOwn");
  const { id } = await params;
  // A draft submitted meanwhile (another tab): show the dossier instead of an editor.
  if ((await orNotFound(getProposalStatus(actor, id))) !== "DRAFT") redirect(`/doanh-nghiep/ho-so/${id}`);
  const ctx = await orNotFound(getFormContext(actor, { proposalId: id }));
  const locale = await getLocale();
  return (
    <div>
      <PageHeader
        title={translator(locale, "app.doanhNghiep.hoSo.id.sua.page")("supportApplicationDraft")}
        subtitle={ctx.establishment.name}
      />
      <ApplicationForm ctx={ctx} editBase="/doanh-nghiep/ho-so" locale={locale} />
    </div>
  );
}

export default withMessages(EditDraftPage, [
  "components.application.applicationForm",
  "components.application.budgetLines",
  "components.application.capCheck",
  "components.application.eligibilityNotice",
  "components.application.stepActivity",
  "components.application.stepAttachments",
  "components.application.stepDetails",
  "components.application.stepReview",
  "components.application.stepper",
]);
