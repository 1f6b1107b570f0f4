import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale, type Text } from "@/lib/i18n/locale";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/dates";
import { getWorkspace } from "@/lib/appraisal/workspace";
import { formatTenths } from "@/lib/appraisal/rubric-math";
import { ADVANCE_ACTIONS } from "@/lib/appraisal/schemas";
import { STEP_CAPABILITY } from "@/lib/appraisal/steps";
import {
  availableActions,
  DECISION_ACTIONS,
  IRREVERSIBLE,
  STATUS_INFO,
  TRANSITIONS,
  type ProposalAction,
} from "@/lib/proposals/workflow";
import { SIGN_MODE_TEXT } from "@/lib/decisions/delegation-rules";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DossierFacts } from "@/components/appraisal/dossier-facts";
import { StepActions } from "@/components/appraisal/step-actions";
import { AssignmentPanel } from "@/components/appraisal/assignment-panel";
import { TagsForm } from "@/components/appraisal/tags-form";
import { ScoreSummary } from "@/components/appraisal/score-summary";
import { RuleVerdict } from "@/components/appraisal/rule-verdict";
import { Timeline } from "@/components/appraisal/timeline";
import { DecisionForm } from "@/components/decisions/decision-form";
import { AuthorityNotice } from "@/components/decisions/authority-notice";
import { authorityRefusal } from "@/lib/decisions/authority";
import { DecisionList } from "@/components/decisions/decision-list";
import { SupplementHistory } from "@/components/decisions/supplement-history";
import { Thread } from "@/components/messages/thread";
import { EnvelopeSummary } from "@/components/decisions/envelope-summary";
import { getEnvelopeSummary } from "@/lib/plans/envelope-summary";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.hoSo.id.page")("proposalDossier") };
}

const DONE: Record<string, Text> = {
  approve: {
    vi: "Đã phê duyệt đề án; quyết định đã được đánh số và thông báo cho cơ sở.",
    en: "Proposal approved; the decision has been numbered and notified to the establishment.",
  },
  reject: {
    vi: "Đã không phê duyệt đề án; quyết định đã được đánh số và thông báo cho cơ sở.",
    en: "Proposal rejected; the decision has been numbered and notified to the establishment.",
  },
  return: {
    vi: "Đã trả hồ sơ yêu cầu bổ sung; thông báo đã được đánh số và gửi cho cơ sở.",
    en: "Dossier returned for supplement; the notice has been numbered and sent to the establishment.",
  },
  startAppraisal: {
    vi: "Đã tiếp nhận hồ sơ vào thẩm định. Phân công thành viên hội đồng bên dưới.",
    en: "Dossier taken into appraisal. Assign council members below.",
  },
  closeScoring: { vi: "Đã kết thúc chấm điểm.", en: "Scoring closed." },
  recommend: {
    vi: "Đã đề nghị hỗ trợ. Đề án có thể được đưa vào kế hoạch năm.",
    en: "Support recommended. The proposal can be included in the annual plan.",
  },
  notRecommend: { vi: "Đã ghi nhận không đề nghị hỗ trợ.", en: "Recorded as not recommended." },
  baseAppraise: { vi: "Đã ký thẩm định cơ sở.", en: "Base appraisal signed." },
  sendToMinistry: {
    vi: "Đã gửi Bộ Công Thương thẩm định.",
    en: "Sent to the Ministry of Industry and Trade for appraisal.",
  },
};

async function WorkspacePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ xong?: string }>;
}) {
  const actor = await requireActor("proposal.viewAgency");
  const { id } = await params;
  if (actor.role === "APPRAISER") redirect(`/hoi-dong/${id}`);
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.hoSo.id.page");
  const done = DONE[(await searchParams).xong ?? ""]?.[locale];
  const ws = await getWorkspace(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const p = ws.proposal;
  // A delegate may sign what the principal (a leader) could: offer those decisions too.
  const viaDelegation = ws.delegations.length ? availableActions(p.status, "LEADER", p.pipeline) : [];
  // The screen asks the same authority function as the server (issue 15): a province never sees "Phê duyệt"
  // on a KCQG đề án, only who decides it.
  const authorityBlocked =
    authorityRefusal(p.fund, actor.role === "MINISTRY_VIEWER" ? "MINISTRY_VIEWER" : "LEADER") !== null;
  const decisionKinds = DECISION_ACTIONS.filter((a) => ws.actions.includes(a) || viaDelegation.includes(a)).filter(
    (a) => !(authorityBlocked && (a === "approve" || a === "reject")),
  );
  const showAuthorityOnly = authorityBlocked && decisionKinds.length === 0 && p.status === "MINISTRY_APPRAISAL";
  const envelope = decisionKinds.includes("approve") ? await getEnvelopeSummary(actor, p.id) : null;
  const openSupplement = p.supplements.find((r) => !r.answeredAt);
  const steps = ws.actions
    .filter((a): a is (typeof ADVANCE_ACTIONS)[number] => (ADVANCE_ACTIONS as readonly ProposalAction[]).includes(a))
    .filter((a) => can(actor.role, STEP_CAPABILITY[a]))
    .map((a) => ({
      action: a,
      label: TRANSITIONS[a].label[locale],
      reasonRequired: TRANSITIONS[a].reasonRequired,
      irreversible: IRREVERSIBLE.includes(a),
    }));
  return (
    <>
      <p className="mb-2 text-sm no-print">
        <Link href="/can-bo/ho-so" className="underline">
          ← {t("dossierList")}
        </Link>
      </p>
      <PageHeader
        title={p.title}
        subtitle={
          <>
            {p.code ?? t("noCodeYet")} · {p.establishment?.name ?? p.implementingUnit ?? "—"} · {t("submitted")}{" "}
            {formatDate(p.submittedAt)}
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <Badge tone={p.tone}>{locale === "vi" ? p.statusLabel : STATUS_INFO[p.status].label.en}</Badge>
            {ws.overdue.label && <Badge tone="danger">{ws.overdue.label}</Badge>}
          </div>
        }
      />
      {done && (
        <div role="status" data-testid="flash" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {done}
        </div>
      )}
      {/* What needs action and the timeline come first in reading order (phones, screen readers): issue 13.7. */}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:order-2">
          {openSupplement && (
            <div
              role="note"
              data-testid="open-supplement"
              className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
            >
              <p className="font-semibold">
                {t("waitingForTheEstablishmentS")} ({t("round")} {openSupplement.round}) · {t("due")}{" "}
                {formatDate(openSupplement.deadline)}
              </p>
              <ul className="mt-1 list-disc pl-5">
                {openSupplement.items.map((it) => (
                  <li key={it}>{it}</li>
                ))}
              </ul>
            </div>
          )}
          <Card title={t("processTheDossier")}>
            {showAuthorityOnly && <AuthorityNotice fund={p.fund} locale={locale} />}
            {steps.length === 0 && decisionKinds.length === 0 && !showAuthorityOnly && (
              <p className="text-sm text-slate-600">{t("noActionIsAvailableTo")}</p>
            )}
            {steps.length > 0 && <StepActions proposalId={p.id} steps={steps} locale={locale} />}
            {decisionKinds.length > 0 && (
              <div className="mt-4">
                <AuthorityNotice fund={p.fund} locale={locale} />
                {envelope && <EnvelopeSummary s={envelope} locale={locale} />}
                <DecisionForm
                  envelopeRemaining={envelope ? (envelope.envelope?.remaining ?? null) : undefined}
                  proposalId={p.id}
                  kinds={decisionKinds}
                  mayDecideDirectly={can(actor.role, "proposal.decide")}
                  requestedSupport={p.requestedSupport.replace(" đồng", "")}
                  defaultDeadline={ws.defaultDeadline}
                  locale={locale}
                  delegations={ws.delegations.map((d) => ({
                    id: d.id,
                    label: `${SIGN_MODE_TEXT[d.mode][locale]} ${d.principalTitle ?? ""} ${d.principalName} (${t("until")} ${formatDate(d.validTo)})`,
                  }))}
                />
              </div>
            )}
          </Card>
          <Card title={t("processingHistory")}>
            <Timeline items={ws.timeline} locale={locale} />
          </Card>
          {ws.canTag && (
            <Card title={t("tags")}>
              <TagsForm proposalId={p.id} tags={p.tags} locale={locale} />
            </Card>
          )}
          <Card title={t("decisionsNotices")}>
            <DecisionList items={p.decisions} locale={locale} />
          </Card>
          <Card title={t("supplementRequests")}>
            <SupplementHistory rounds={p.supplements} locale={locale} />
          </Card>
        </div>
        <div className="space-y-4 lg:order-1 lg:col-span-2">
          <Card title={t("proposalDetails")}>
            <DossierFacts p={p} locale={locale} />
          </Card>
          <Card title={t("ruleCheckAutomatic")}>
            <RuleVerdict verdict={ws.verdict} locale={locale} linkPrior />
          </Card>
          <Card title={t("councilScores")}>
            {ws.rubric && ws.summary && ws.summary.completeCount > 0 ? (
              <ScoreSummary rubricName={ws.rubric.name} criteria={ws.rubric.criteria} {...ws.summary} locale={locale} />
            ) : (
              <p className="text-sm text-slate-600">{t("noCompleteScoreSheetYet")}</p>
            )}
            <h3 className="mt-4 mb-2 font-semibold">{t("councilMembers")}</h3>
            <AssignmentPanel
              proposalId={p.id}
              appraisers={ws.appraisers}
              locale={locale}
              canAssign={ws.canAssign && ["SUBMITTED", "RESUBMITTED", "UNDER_APPRAISAL"].includes(p.status)}
              rows={p.assignments.map((a) => ({
                appraiserId: a.appraiserId,
                name: a.name,
                conflict: a.conflict,
                conflictNote: a.conflictNote,
                scored: a.scored,
                total: formatTenths(a.totalTenths),
              }))}
            />
          </Card>
          <Card title={t("messagesWithTheEstablishmentAnd")}>
            <Thread
              proposalId={p.id}
              messages={ws.messages}
              canMessage={ws.canMessage}
              canNote={ws.canNote}
              locale={locale}
            />
          </Card>
        </div>
      </div>
    </>
  );
}

export default withMessages(WorkspacePage, [
  "components.appraisal.assignmentPanel",
  "components.appraisal.stepActions",
  "components.appraisal.tagsForm",
  "components.decisions.decisionForm",
  "components.messages.messageForm",
]);
