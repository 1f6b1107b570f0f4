import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getProposalDetail } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { availableActions } from "@/lib/proposals/workflow";
import { PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { DossierDetail } from "@/components/application/dossier-detail";
import { SupplementPanel } from "@/components/application/supplement-panel";
import { WithdrawForm } from "@/components/application/follow-up-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.dangKyHo.establishmentId.hoSo.id.page")("assistedDossier") };
}

async function AssistedDossierPage({ params }: { params: Promise<{ establishmentId: string; id: string }> }) {
  const actor = await requireActor("proposal.fileAssisted");
  const { establishmentId, id } = await params;
  const d = await orNotFound(getProposalDetail(actor, id));
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.dangKyHo.establishmentId.hoSo.id.page");
  const base = `/can-bo/dang-ky-ho/${establishmentId}/ho-so/${d.id}`;
  const actions = availableActions(d.status, actor.role);
  const open = d.status === "RETURNED" ? d.supplements.find((s) => s.round === d.round && !s.answeredAt) : undefined;
  return (
    <div>
      <PageHeader
        title={d.title}
        subtitle={d.code ? `${t("dossierCode")} ${d.code}` : t("draft")}
        actions={
          <div className="flex flex-wrap gap-2">
            {d.status === "DRAFT" && <LinkButton href={`${base}/sua`}>{t("continueEditing")}</LinkButton>}
            {d.code && (
              <LinkButton href={`${base}/bien-nhan`} variant="secondary">
                {t("receipt")}
              </LinkButton>
            )}
          </div>
        }
      />
      <DossierDetail
        d={d}
        downloadBase={`/doanh-nghiep/ho-so/${d.id}/tai-lieu`}
        locale={locale}
        actions={
          <>
            {open && actions.includes("resubmit") && (
              <SupplementPanel proposalId={d.id} request={open} establishmentId={establishmentId} locale={locale} />
            )}
            {actions.includes("withdraw") && d.status !== "DRAFT" && (
              <div>
                <WithdrawForm proposalId={d.id} establishmentId={establishmentId} locale={locale} />
              </div>
            )}
          </>
        }
      />
    </div>
  );
}

export default withMessages(AssistedDossierPage, [
  "components.application.followUpForms",
  "components.application.supplementPanel",
  "components.timeline.statusTimeline",
]);
