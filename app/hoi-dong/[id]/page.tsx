import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { NotFoundError } from "@/lib/errors";
import { getScoreSheet } from "@/lib/appraisal/appraiser";
import { formatTenths } from "@/lib/appraisal/rubric-math";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { RuleVerdict } from "@/components/appraisal/rule-verdict";
import { ConflictForm } from "@/components/appraisal/conflict-form";
import { ScoreForm } from "@/components/appraisal/score-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.hoiDong.id.page")("appraisalScoreSheet") };
}

async function ScoreSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("proposal.score");
  const { id } = await params;
  const s = await getScoreSheet(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const p = s.proposal;
  const locale = await getLocale();
  const t = translator(locale, "app.hoiDong.id.page");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/hoi-dong" className="underline">
          ← {t("assignedDossiers")}
        </Link>
      </p>
      <PageHeader
        title={p.title}
        subtitle={`${p.code ?? ""} · ${p.establishmentName ?? ""} · ${p.communeName ?? ""}`}
        actions={<Badge tone={p.tone}>{locale === "vi" ? p.statusLabel : STATUS_INFO[p.status].label.en}</Badge>}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <Card title={t("proposalSummary")}>
            <dl className="text-sm">
              <dt className="font-semibold">{t("activity")}</dt>
              <dd className="mb-2">{p.activityName}</dd>
              <dt className="font-semibold">{t("objectives")}</dt>
              <dd className="mb-2">{p.objectives || "—"}</dd>
              <dt className="font-semibold">{t("funding")}</dt>
              <dd className="mb-2">
                {t("total")} {p.totalCost}; {t("supportRequested")} {p.requestedSupport}; {t("counterpart")}{" "}
                {p.counterpart}
              </dd>
            </dl>
            <ul className="list-disc pl-5 text-sm">
              {p.budgetLines.map((l, i) => (
                <li key={i}>
                  {l.item}: {l.quantity} {l.unit}, {l.total} ({t("requested")} {l.requestedSupport})
                </li>
              ))}
            </ul>
            {p.documents.length > 0 && (
              <ul className="mt-2 list-disc pl-5 text-sm">
                {p.documents.map((d) => (
                  <li key={d.id}>
                    <a className="underline" href={`/doanh-nghiep/ho-so/${p.id}/tai-lieu/${d.id}`}>
                      {d.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {s.conflict !== "RECUSED" && (
            <Card title={t("ruleCheckAutomatic")}>
              <RuleVerdict verdict={s.verdict} locale={locale} />
            </Card>
          )}
        </div>
        <div className="space-y-4">
          {s.conflict === "RECUSED" ? (
            <Card title={t("recusedFromAppraisal")}>
              <p className="text-sm" data-testid="recused-note">
                {t("youRecusedYourselfFromAppraising")}
                {s.conflictNote ? `: “${s.conflictNote}”` : "."} {t("scoringIsNotPossible")}
              </p>
            </Card>
          ) : s.conflict === "PENDING" ? (
            <Card title={t("beforeScoring")}>
              <ConflictForm proposalId={p.id} allowNoConflict locale={locale} />
            </Card>
          ) : (
            <>
              <Card title={`${s.rubric.name}`}>
                {s.myTotalTenths !== null && (
                  <p className="mb-3 text-sm">
                    {t("yourTotalScore")} <strong data-testid="my-total">{formatTenths(s.myTotalTenths)}</strong>/100
                  </p>
                )}
                {s.canScore ? (
                  <ScoreForm proposalId={p.id} criteria={s.rubric.criteria} mine={s.mine} locale={locale} />
                ) : (
                  <p className="text-sm text-slate-600">{t("theDossierIsNoLonger")}</p>
                )}
                {s.rubric.legalRef && (
                  <p className="mt-3 text-xs text-slate-600">
                    {t("legalBasis")} {s.rubric.legalRef}
                  </p>
                )}
              </Card>
              {s.canScore && (
                <Card title={t("foundAConflictOfInterest")}>
                  <ConflictForm proposalId={p.id} allowNoConflict={false} locale={locale} />
                </Card>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}

export default withMessages(ScoreSheetPage, ["components.appraisal.conflictForm", "components.appraisal.scoreForm"]);
