import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getFormContext } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await getLocale(), "app.canBo.dangKyHo.establishmentId.hoSo.moi.page")("fileForAnEstablishment"),
  };
}

async function AssistedNewPage({ params }: { params: Promise<{ establishmentId: string }> }) {
  const actor = await requireActor("proposal.fileAssisted");
  const { establishmentId } = await params;
  const ctx = await orNotFound(getFormContext(actor, { establishmentId }));
  const locale = await getLocale();
  return (
    <div>
      <PageHeader
        title={translator(locale, "app.canBo.dangKyHo.establishmentId.hoSo.moi.page")("fileADossierForThe")}
        subtitle={ctx.establishment.name}
      />
      <ApplicationForm ctx={ctx} editBase={`/can-bo/dang-ky-ho/${establishmentId}/ho-so`} locale={locale} />
    </div>
  );
}

export default withMessages(AssistedNewPage, [
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
