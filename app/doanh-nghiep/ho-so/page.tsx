import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listOwnProposals } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ProposalList } from "@/components/application/proposal-list";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.hoSo.page")("myDossiers") };
}

export default async function DossiersPage() {
  const actor = await requireActor("proposal.viewOwn");
  const items = await listOwnProposals(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.doanhNghiep.hoSo.page");
  return (
    <div>
      <PageHeader
        title={t("yourEstablishmentSDossiers")}
        actions={<LinkButton href="/doanh-nghiep/ho-so/moi">{t("newDossier")}</LinkButton>}
      />
      {items.length === 0 ? (
        <EmptyState title={t("noDossiersYet")} hint={t("pressNewDossierToStart")} />
      ) : (
        <ProposalList items={items} base="/doanh-nghiep/ho-so" locale={locale} />
      )}
    </div>
  );
}
