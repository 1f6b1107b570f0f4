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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Phiếu chấm điểm thẩm định" : "Appraisal score sheet" };
}

export default async function ScoreSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("proposal.score");
  const { id } = await params;
  const s = await getScoreSheet(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const p = s.proposal;
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/hoi-dong" className="underline">
          ← {t("Hồ sơ được phân công", "Assigned dossiers")}
        </Link>
      </p>
      <PageHeader
        title={p.title}
        subtitle={`${p.code ?? ""} · ${p.establishmentName ?? ""} · ${p.communeName ?? ""}`}
        actions={<Badge tone={p.tone}>{locale === "vi" ? p.statusLabel : STATUS_INFO[p.status].label.en}</Badge>}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <Card title={t("Tóm tắt đề án", "Proposal summary")}>
            <dl className="text-sm">
              <dt className="font-semibold">{t("Nội dung", "Activity")}</dt>
              <dd className="mb-2">{p.activityName}</dd>
              <dt className="font-semibold">{t("Mục tiêu", "Objectives")}</dt>
              <dd className="mb-2">{p.objectives || "—"}</dd>
              <dt className="font-semibold">{t("Kinh phí", "Funding")}</dt>
              <dd className="mb-2">
                {t("Tổng", "Total")} {p.totalCost}; {t("đề nghị hỗ trợ", "support requested")} {p.requestedSupport};{" "}
                {t("đối ứng", "counterpart")} {p.counterpart}
              </dd>
            </dl>
            <ul className="list-disc pl-5 text-sm">
              {p.budgetLines.map((l, i) => (
                <li key={i}>
                  {l.item}: {l.quantity} {l.unit}, {l.total} ({t("đề nghị", "requested")} {l.requestedSupport})
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
            <Card title={t("Kiểm tra theo quy định (tự động)", "Rule check (automatic)")}>
              <RuleVerdict verdict={s.verdict} locale={locale} />
            </Card>
          )}
        </div>
        <div className="space-y-4">
          {s.conflict === "RECUSED" ? (
            <Card title={t("Không tham gia thẩm định", "Recused from appraisal")}>
              <p className="text-sm" data-testid="recused-note">
                {t(
                  "Ông/bà đã xin không tham gia thẩm định hồ sơ này do xung đột lợi ích",
                  "You recused yourself from appraising this dossier because of a conflict of interest",
                )}
                {s.conflictNote ? `: “${s.conflictNote}”` : "."} {t("Không thể chấm điểm.", "Scoring is not possible.")}
              </p>
            </Card>
          ) : s.conflict === "PENDING" ? (
            <Card title={t("Trước khi chấm điểm", "Before scoring")}>
              <ConflictForm proposalId={p.id} allowNoConflict locale={locale} />
            </Card>
          ) : (
            <>
              <Card title={`${s.rubric.name}`}>
                {s.myTotalTenths !== null && (
                  <p className="mb-3 text-sm">
                    {t("Tổng điểm của ông/bà:", "Your total score:")}{" "}
                    <strong data-testid="my-total">{formatTenths(s.myTotalTenths)}</strong>/100
                  </p>
                )}
                {s.canScore ? (
                  <ScoreForm proposalId={p.id} criteria={s.rubric.criteria} mine={s.mine} locale={locale} />
                ) : (
                  <p className="text-sm text-slate-600">
                    {t("Hồ sơ không còn ở giai đoạn chấm điểm.", "The dossier is no longer in the scoring stage.")}
                  </p>
                )}
                {s.rubric.legalRef && (
                  <p className="mt-3 text-xs text-slate-600">
                    {t("Căn cứ:", "Legal basis:")} {s.rubric.legalRef}
                  </p>
                )}
              </Card>
              {s.canScore && (
                <Card
                  title={t(
                    "Phát hiện xung đột lợi ích sau khi khai báo?",
                    "Found a conflict of interest after declaring?",
                  )}
                >
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
