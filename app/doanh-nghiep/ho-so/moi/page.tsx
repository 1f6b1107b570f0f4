import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getFormContext } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Lập hồ sơ đề nghị hỗ trợ" : "New support application" };
}

export default async function NewApplicationPage() {
  const actor = await requireActor("proposal.createOwn");
  if (!actor.establishmentId) redirect("/dang-ky/co-so");
  const ctx = await getFormContext(actor, {});
  const locale = await getLocale();
  return (
    <div>
      <PageHeader
        title={
          locale === "vi" ? "Lập hồ sơ đề nghị hỗ trợ khuyến công" : "New application for industrial promotion support"
        }
        subtitle={ctx.establishment.name}
      />
      <ApplicationForm ctx={ctx} editBase="/doanh-nghiep/ho-so" locale={locale} />
    </div>
  );
}
