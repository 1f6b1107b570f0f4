import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { getPlan } from "@/lib/plans/queries";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { SIGN_MODE_TEXT } from "@/lib/decisions/delegation-rules";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { TotalsBar } from "@/components/plans/totals-bar";
import { AddBatchForm, RemoveFromPlanButton } from "@/components/plans/plan-forms";
import { AddCandidatesForm, ApprovePlanForm } from "@/components/plans/composer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Lập kế hoạch khuyến công" : "Industrial extension plan" };
}

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("plan.compose");
  const { id } = await params;
  const sp = await searchParams;
  const page = typeof sp.trang === "string" && /^\d{1,5}$/.test(sp.trang) ? Number(sp.trang) : 1;
  const plan = await getPlan(actor, id, new Date(), { page }).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const pending = plan.pendingCount;
  const open = plan.status !== "APPROVED";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/can-bo/ke-hoach" className="underline">
          {t("← Kế hoạch", "← Plans")}
        </Link>
      </p>
      <PageHeader
        title={plan.name}
        subtitle={plan.agencyName}
        actions={
          plan.status === "APPROVED" ? (
            <Badge tone="success">
              {locale === "vi"
                ? `Đã phê duyệt · QĐ ${plan.decisionNo} ngày ${formatDate(plan.decisionDate)}`
                : `Approved · decision ${plan.decisionNo} of ${formatDate(plan.decisionDate)}`}
            </Badge>
          ) : (
            <Badge>{t("Đang lập", "In preparation")}</Badge>
          )
        }
      />
      <Card title={t("Tổng kinh phí so với hạn mức", "Total funds against the budget envelope")} className="mb-4">
        <TotalsBar plan={plan} locale={locale} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={`${t("Đề án trong kế hoạch", "Projects in the plan")} (${plan.count})`}>
            {plan.items.length === 0 ? (
              <p className="text-sm text-slate-600">
                {t(
                  "Chưa có đề án nào. Chọn trong danh sách đề án đã được đề nghị hỗ trợ.",
                  "No projects yet. Choose from the projects recommended for support.",
                )}
              </p>
            ) : (
              <Table
                head={[t("Đề án", "Project"), t("Đợt", "Batch"), t("Trạng thái", "Status"), t("Kinh phí", "Funds"), ""]}
              >
                {plan.items.map((i) => (
                  <tr key={i.id} data-testid="plan-item">
                    <Td>
                      <Link href={`/can-bo/ho-so/${i.id}`} className="underline">
                        {i.title}
                      </Link>
                      <p className="text-xs text-slate-600">
                        {i.code} · {i.establishmentName}
                      </p>
                    </Td>
                    <Td>{i.batch ?? "—"}</Td>
                    <Td>
                      <Badge tone={i.tone}>{locale === "vi" ? i.statusLabel : STATUS_INFO[i.status].label.en}</Badge>
                    </Td>
                    <Td className="tabular-nums">{i.approved ?? i.requested}</Td>
                    <Td>
                      {i.pending && open && <RemoveFromPlanButton planId={plan.id} proposalId={i.id} locale={locale} />}
                    </Td>
                  </tr>
                ))}
              </Table>
            )}
            {plan.pages > 1 && (
              <nav aria-label={t("Trang", "Pages")} className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                <span>
                  {t("Trang", "Page")} {plan.page}/{plan.pages}
                </span>
                {plan.page > 1 && (
                  <Link
                    className="text-brand-700 underline"
                    href={`/can-bo/ke-hoach/${plan.id}?trang=${plan.page - 1}`}
                  >
                    {t("← Trang trước", "← Previous")}
                  </Link>
                )}
                {plan.page < plan.pages && (
                  <Link
                    className="text-brand-700 underline"
                    href={`/can-bo/ke-hoach/${plan.id}?trang=${plan.page + 1}`}
                  >
                    {t("Trang sau →", "Next →")}
                  </Link>
                )}
              </nav>
            )}
          </Card>
          {open && (
            <Card
              title={t(
                "Đề án đã được đề nghị hỗ trợ, chưa vào kế hoạch",
                "Projects recommended for support, not yet in a plan",
              )}
            >
              {plan.candidateCount > plan.candidates.length && (
                <p className="mb-2 text-sm text-amber-800">
                  {t(
                    `Hiện ${plan.candidates.length} đề án nộp sớm nhất trong ${plan.candidateCount}; đưa các đề án này vào kế hoạch thì danh sách hiện tiếp.`,
                    `Showing the ${plan.candidates.length} earliest of ${plan.candidateCount}; once these are added the list shows the next ones.`,
                  )}
                </p>
              )}
              <AddCandidatesForm planId={plan.id} candidates={plan.candidates} batches={plan.batches} locale={locale} />
            </Card>
          )}
        </div>
        <div className="space-y-4">
          <Card title={t("Đợt", "Batches")}>
            <ul className="mb-3 list-disc pl-5 text-sm">
              {plan.batches.map((b) => (
                <li key={b.id}>{b.name}</li>
              ))}
            </ul>
            {open && <AddBatchForm planId={plan.id} locale={locale} />}
          </Card>
          {open && (plan.canApprove || plan.delegations.length > 0) && (
            <Card title={t("Phê duyệt kế hoạch", "Plan approval")}>
              <ApprovePlanForm
                planId={plan.id}
                pending={pending}
                fits={plan.totals.fits}
                mayApproveDirectly={plan.canApprove}
                locale={locale}
                delegations={plan.delegations.map((d) => ({
                  id: d.id,
                  label: `${SIGN_MODE_TEXT[d.mode][locale]} ${d.principalName}`,
                }))}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
