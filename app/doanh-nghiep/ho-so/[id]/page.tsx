import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getProposalDetail } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { listDecisionsForProposal } from "@/lib/decisions/queries";
import { listMessages } from "@/lib/messages/queries";
import { getLocale } from "@/lib/i18n/locale";
import { availableActions } from "@/lib/proposals/workflow";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { DossierDetail } from "@/components/application/dossier-detail";
import { SupplementPanel } from "@/components/application/supplement-panel";
import { WithdrawForm } from "@/components/application/follow-up-forms";
import { DecisionList } from "@/components/decisions/decision-list";
import { Thread } from "@/components/messages/thread";
import { RatingForm } from "@/components/feedback/rating-form";
import { ratingState } from "@/lib/ratings/ratings";
import { rateServiceAction } from "@/lib/ratings/actions";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.hoSo.id.page")("dossierDetails") };
}

async function DossierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("proposal.viewOwn");
  const { id } = await params;
  const d = await orNotFound(getProposalDetail(actor, id));
  // A draft has no decisions and nobody at the agency to talk to yet. Internal notes are filtered in
  // listMessages (the enterprise lacks proposal.internalNote), never here.
  const [decisions, messages] = d.code
    ? await Promise.all([listDecisionsForProposal(actor, d.id), listMessages(actor, d.id)])
    : [[], []];
  const actions = availableActions(d.status, actor.role);
  const rating = d.code ? await ratingState(actor, d.id) : "none";
  const locale = await getLocale();
  const t = translator(locale, "app.doanhNghiep.hoSo.id.page");
  const open = d.status === "RETURNED" ? d.supplements.find((s) => s.round === d.round && !s.answeredAt) : undefined;
  return (
    <div>
      <PageHeader
        title={d.title}
        subtitle={d.code ? `${t("dossierCode")} ${d.code}` : t("draft")}
        actions={
          <div className="flex flex-wrap gap-2">
            {d.status === "DRAFT" && (
              <LinkButton href={`/doanh-nghiep/ho-so/${d.id}/sua`}>{t("continueEditing")}</LinkButton>
            )}
            {d.code && (
              <LinkButton href={`/doanh-nghiep/ho-so/${d.id}/bien-nhan`} variant="secondary">
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
              <SupplementPanel proposalId={d.id} request={open} locale={locale} />
            )}
            {d.code && (
              <Card title={t("decisionsAndNoticesFromThe")}>
                <DecisionList items={decisions} locale={locale} />
              </Card>
            )}
            {d.code && (
              <Card title={t("messagesWithTheReceivingAgency")}>
                <Thread
                  proposalId={d.id}
                  messages={messages}
                  canMessage={can(actor.role, "proposal.message")}
                  canNote={false}
                  locale={locale}
                />
              </Card>
            )}
            {rating === "eligible" && (
              <Card title={t("rateTheService")}>
                <RatingForm proposalId={d.id} action={rateServiceAction} locale={locale} />
              </Card>
            )}
            {rating === "rated" && <p className="text-sm text-slate-700">{t("youRatedTheServiceFor")}</p>}
            {actions.includes("withdraw") && d.status !== "DRAFT" && (
              <div>
                <WithdrawForm proposalId={d.id} locale={locale} />
              </div>
            )}
          </>
        }
      />
    </div>
  );
}

export default withMessages(DossierPage, [
  "components.application.followUpForms",
  "components.application.supplementPanel",
  "components.feedback.ratingForm",
  "components.messages.messageForm",
  "components.timeline.statusTimeline",
]);
