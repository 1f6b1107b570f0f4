import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { establishmentPrefill } from "@/lib/auth/oidc-prefill";
import { createEstablishmentAction } from "@/lib/establishments/actions";
import { listCurrentCommunes } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { Card, PageHeader } from "@/components/ui/card";
import { ClaimEstablishmentForm } from "@/components/establishment/claim-forms";
import { EstablishmentForm } from "@/components/establishment/establishment-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.dangKy.coSo.page")("establishmentDetails") };
}

async function RegisterEstablishmentPage() {
  const actor = await requireActor("establishment.manageOwn");
  if (actor.establishmentId) redirect("/doanh-nghiep");
  const communes = await listCurrentCommunes();
  const locale = await getLocale();
  const t = translator(locale, "app.dangKy.coSo.page");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("productionEstablishmentDetails")} subtitle={t("step22TheFacts")} />
      <EstablishmentForm
        action={createEstablishmentAction}
        initial={{ workforce: "0", ...(await establishmentPrefill(actor)) }}
        communes={communes}
        submitLabel={t("completeRegistration")}
        locale={locale}
      />
      <Card title={t("takeOverAnEstablishmentRegistered")} className="mt-6">
        <p className="mb-3 text-sm text-slate-700">{t("wasYourEstablishmentRegisteredFor")}</p>
        <ClaimEstablishmentForm locale={locale} />
      </Card>
    </div>
  );
}

export default withMessages(RegisterEstablishmentPage, [
  "components.establishment.claimForms",
  "components.establishment.establishmentForm",
]);
