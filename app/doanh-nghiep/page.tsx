import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getOwnEstablishment } from "@/lib/establishments/queries";
import { listOwnProposals } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { INDUSTRY_LABELS_EN, KIND_LABELS, KIND_LABELS_EN, industryLabel } from "@/lib/rules/industries";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ProposalList } from "@/components/application/proposal-list";
import { EligibilityPrecheck } from "@/components/application/eligibility-precheck";
import { getOwnPrecheck } from "@/lib/applications/precheck";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.page")("enterpriseHome") };
}

export default async function EnterpriseHome({ searchParams }: { searchParams: Promise<{ moi?: string }> }) {
  const actor = await requireActor("proposal.viewOwn");
  const profile = await getOwnEstablishment(actor);
  if (!profile) redirect("/dang-ky/co-so");
  const { moi } = await searchParams;
  const [items, check] = [await listOwnProposals(actor), await getOwnPrecheck(actor)];
  const eligible = (check?.eligibleCount ?? 0) > 0;
  const locale = await getLocale();
  const t = translator(locale, "app.doanhNghiep.page");
  const returned = items.filter((p) => p.openSupplement);
  const drafts = items.filter((p) => p.status === "DRAFT");
  const submitted = items.filter((p) => p.status !== "DRAFT");
  return (
    <div>
      <PageHeader
        title={profile.name}
        subtitle={`${(locale === "vi" ? KIND_LABELS : KIND_LABELS_EN)[profile.kind]} · ${locale === "vi" ? industryLabel(profile.industryCode) : (INDUSTRY_LABELS_EN[profile.industryCode as keyof typeof INDUSTRY_LABELS_EN] ?? "Not specified")} · ${profile.communeName ?? t("areaNotDeclared")}`}
        actions={
          <LinkButton href="/doanh-nghiep/ho-so/moi" variant={eligible ? "primary" : "secondary"}>
            {t("applyForSupport")}
          </LinkButton>
        }
      />
      {/* Never "you can apply right away" to an establishment the rules do not cover (issue 13.5). */}
      {moi &&
        (eligible ? (
          <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
            {t("registrationCompleteTheEstablishmentQualifies")}
          </p>
        ) : (
          <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-950">
            {t("registrationCompleteHoweverFromThe")}
          </p>
        ))}
      {check && <EligibilityPrecheck check={check} locale={locale} />}
      {returned.length > 0 && (
        <Card title={t("dossiersNeedingSupplements")} className="mb-4 border-amber-300">
          <ProposalList items={returned} base="/doanh-nghiep/ho-so" locale={locale} />
        </Card>
      )}
      <div className="mb-4 grid grid-cols-3 gap-2 sm:gap-3">
        <Stat label={t("drafts")} value={drafts.length} />
        <Stat label={t("submitted")} value={submitted.length} />
        <Stat
          label={t("approved")}
          value={
            items.filter((p) => ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"].includes(p.status))
              .length
          }
        />
      </div>
      {items.length === 0 ? (
        <EmptyState
          title={t("noDossiersYet")}
          hint={t("applyOnlineChooseTheActivity")}
          action={<LinkButton href="/doanh-nghiep/ho-so/moi">{t("createYourFirstDossier")}</LinkButton>}
        />
      ) : (
        <Card
          title={t("recentDossiers")}
          actions={
            <LinkButton href="/doanh-nghiep/ho-so" variant="ghost">
              {t("viewAll")}
            </LinkButton>
          }
        >
          <ProposalList items={items.slice(0, 5)} base="/doanh-nghiep/ho-so" locale={locale} />
        </Card>
      )}
    </div>
  );
}
