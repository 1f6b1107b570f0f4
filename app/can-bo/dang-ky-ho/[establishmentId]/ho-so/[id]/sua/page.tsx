import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getFormContext, getProposalStatus } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(
      await getLocale(),
      "app.canBo.dangKyHo.establishmentId.hoSo.id.sua.page",
    )("editDraftAssistedFiling"),
  };
}

async function AssistedEditPage({ params }: { params: Promise<{ establishmentId: string; id: string }> }) {
  const actor = await requireActor("proposal.fileAssisted");
  const { establishmentId, id } = await params;
  const base = `/can-bo/dang-ky-ho/${establishmentId}/ho-so`;
  if ((await orNotFound(getProposalStatus(actor, id))) !== "DRAFT") redirect(`${base}/${id}`);
  const ctx = await orNotFound(getFormContext(actor, { proposalId: id }));
  const locale = await getLocale();
  return (
    <div>
      <PageHeader
        title={translator(locale, "app.canBo.dangKyHo.establishmentId.hoSo.id.sua.page")("assistedDossierDraft")}
        subtitle={ctx.establishment.name}
      />
      <ApplicationForm ctx={ctx} editBase={base} locale={locale} />
    </div>
  );
}

export default withMessages(AssistedEditPage, [
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
