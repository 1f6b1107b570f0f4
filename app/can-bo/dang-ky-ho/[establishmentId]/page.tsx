import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getEstablishmentForStaff } from "@/lib/establishments/queries";
import { updateAssistedAction } from "@/lib/establishments/actions";
import { listCurrentCommunes, listProposalsOf } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { KIND_LABELS, KIND_LABELS_EN } from "@/lib/rules/industries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ProposalList } from "@/components/application/proposal-list";
import { EstablishmentForm } from "@/components/establishment/establishment-form";
import { profileValues } from "@/components/establishment/profile-values";
import { IssueClaimCodeForm } from "@/components/establishment/claim-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await getLocale(), "app.canBo.dangKyHo.establishmentId.page")("establishmentAssistedFiling"),
  };
}

async function AssistedEstablishmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ establishmentId: string }>;
  searchParams: Promise<{ moi?: string }>;
}) {
  const actor = await requireActor("establishment.registerAssisted");
  const { establishmentId } = await params;
  const { moi } = await searchParams;
  const profile = await orNotFound(getEstablishmentForStaff(actor, establishmentId));
  const [items, communes] = [await listProposalsOf(actor, profile.id), await listCurrentCommunes()];
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.dangKyHo.establishmentId.page");
  const base = `/can-bo/dang-ky-ho/${profile.id}/ho-so`;
  return (
    <div>
      <PageHeader
        title={profile.name}
        subtitle={`${(locale === "vi" ? KIND_LABELS : KIND_LABELS_EN)[profile.kind]} · ${profile.communeName ?? t("noAreaYet")}`}
        actions={
          actor.role === "STAFF" ? <LinkButton href={`${base}/moi`}>{t("fileADossierForThe")}</LinkButton> : undefined
        }
      />
      {moi && (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t("establishmentRegisteredAuditLogAssisted")}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("theEstablishmentSDossiers")}>
          {items.length === 0 ? (
            <EmptyState title={t("noDossiersYet")} hint={t("fileADossierForThe2")} />
          ) : (
            <ProposalList items={items} base={base} locale={locale} />
          )}
        </Card>
        <Card title={t("theOwnerTakesOverOnline")}>
          <p className="mb-3 text-sm text-slate-700">{t("theOwnerCreatesTheirOwn")}</p>
          <IssueClaimCodeForm establishmentId={profile.id} locale={locale} />
        </Card>
        <div>
          <h2 className="mb-3 text-lg font-semibold">{t("establishmentDetails")}</h2>
          <EstablishmentForm
            action={updateAssistedAction}
            initial={profileValues(profile)}
            communes={communes}
            submitLabel={t("saveDetails")}
            assisted
            establishmentId={profile.id}
            locale={locale}
          />
        </div>
      </div>
    </div>
  );
}

export default withMessages(AssistedEstablishmentPage, [
  "components.establishment.claimForms",
  "components.establishment.establishmentForm",
]);
