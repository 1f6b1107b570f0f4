import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getFormContext } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { PageHeader } from "@/components/ui/card";
import { ApplicationForm } from "@/components/application/application-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Lập hồ sơ thay cơ sở" : "File for an establishment" };
}

export default async function AssistedNewPage({ params }: { params: Promise<{ establishmentId: string }> }) {
  const actor = await requireActor("proposal.fileAssisted");
  const { establishmentId } = await params;
  const ctx = await orNotFound(getFormContext(actor, { establishmentId }));
  const locale = await getLocale();
  return (
    <div>
      <PageHeader
        title={
          locale === "vi" ? "Lập hồ sơ thay cơ sở (nộp hộ)" : "File a dossier for the establishment (assisted filing)"
        }
        subtitle={ctx.establishment.name}
      />
      <ApplicationForm ctx={ctx} editBase={`/can-bo/dang-ky-ho/${establishmentId}/ho-so`} locale={locale} />
    </div>
  );
}
