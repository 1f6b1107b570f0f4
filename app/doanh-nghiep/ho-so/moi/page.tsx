import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getFormContext } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.hoSo.moi.page")("newSupportApplication") };
}

async function NewApplicationPage() {
  const actor = await requireActor("proposal.createOwn");
  if (!actor.establishmentId) redirect("/dang-ky/co-so");
  const ctx = await getFormContext(actor, {});
  const locale = await getLocale();
  return (
    <div>
      <PageHeader
        title={translator(locale, "app.doanhNghiep.hoSo.moi.page")("newApplicationForIndustrialPromotion")}
        subtitle={ctx.establishment.name}
      />
      <ApplicationForm ctx={ctx} editBase="/doanh-nghiep/ho-so" locale={locale} />
    </div>
  );
}

export default withMessages(NewApplicationPage, [
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
