import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getFormContext } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.hoSo.moi.page")("newSupportApplication") };
}

export default async function NewApplicationPage() {
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
