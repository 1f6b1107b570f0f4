import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listOwnProposals } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ProposalList } from "@/components/application/proposal-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Hồ sơ đề án" : "My dossiers" };
}

export default async function DossiersPage() {
  const actor = await requireActor("proposal.viewOwn");
  const items = await listOwnProposals(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div>
      <PageHeader
        title={t("Hồ sơ đề án của cơ sở", "Your establishment's dossiers")}
        actions={<LinkButton href="/doanh-nghiep/ho-so/moi">{t("Lập hồ sơ mới", "New dossier")}</LinkButton>}
      />
      {items.length === 0 ? (
        <EmptyState
          title={t("Chưa có hồ sơ nào", "No dossiers yet")}
          hint={t(
            "Bấm “Lập hồ sơ mới” để bắt đầu; bản nháp được lưu tự động.",
            "Press “New dossier” to start; the draft is saved automatically.",
          )}
        />
      ) : (
        <ProposalList items={items} base="/doanh-nghiep/ho-so" locale={locale} />
      )}
    </div>
  );
}
