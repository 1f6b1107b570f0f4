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
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.keHoach.id.page")("industrialExtensionPlan") };
}

async function PlanPage({
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
  const t = translator(locale, "app.canBo.keHoach.id.page");
  const pending = plan.pendingCount;
  const open = plan.status !== "APPROVED";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/can-bo/ke-hoach" className="underline">
          {t("plans")}
        </Link>
      </p>
      <PageHeader
        title={plan.name}
        subtitle={plan.agencyName}
        actions={
          plan.status === "APPROVED" ? (
            <Badge tone="success">
              {t("approvedDecisionOf", { decisionNo: plan.decisionNo, value: formatDate(plan.decisionDate) })}
            </Badge>
          ) : (
            <Badge>{t("inPreparation")}</Badge>
          )
        }
      />
      <Card title={t("totalFundsAgainstTheBudget")} className="mb-4">
        <TotalsBar plan={plan} locale={locale} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={`${t("projectsInThePlan")} (${plan.count})`}>
            {plan.items.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noProjectsYetChooseFrom")}</p>
            ) : (
              <Table head={[t("project"), t("batch"), t("status"), t("funds"), ""]}>
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
                    <Td>{i.approved ?? i.requested}</Td>
                    <Td>
                      {i.pending && open && <RemoveFromPlanButton planId={plan.id} proposalId={i.id} locale={locale} />}
                    </Td>
                  </tr>
                ))}
              </Table>
            )}
            {plan.pages > 1 && (
              <nav aria-label={t("pages")} className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                <span>
                  {t("page")} {plan.page}/{plan.pages}
                </span>
                {plan.page > 1 && (
                  <Link
                    className="text-brand-700 underline"
                    href={`/can-bo/ke-hoach/${plan.id}?trang=${plan.page - 1}`}
                  >
                    {t("previous")}
                  </Link>
                )}
                {plan.page < plan.pages && (
                  <Link
                    className="text-brand-700 underline"
                    href={`/can-bo/ke-hoach/${plan.id}?trang=${plan.page + 1}`}
                  >
                    {t("next")}
                  </Link>
                )}
              </nav>
            )}
          </Card>
          {open && (
            <Card title={t("projectsRecommendedForSupportNot")}>
              {plan.candidateCount > plan.candidates.length && (
                <p className="mb-2 text-sm text-amber-800">
                  {t("showingTheEarliestOfOnce", {
                    length: plan.candidates.length,
                    candidateCount: plan.candidateCount,
                  })}
                </p>
              )}
              <AddCandidatesForm planId={plan.id} candidates={plan.candidates} batches={plan.batches} locale={locale} />
            </Card>
          )}
        </div>
        <div className="space-y-4">
          <Card title={t("batches")}>
            <ul className="mb-3 list-disc pl-5 text-sm">
              {plan.batches.map((b) => (
                <li key={b.id}>{b.name}</li>
              ))}
            </ul>
            {open && <AddBatchForm planId={plan.id} locale={locale} />}
          </Card>
          {open && (plan.canApprove || plan.delegations.length > 0) && (
            <Card title={t("planApproval")}>
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

export default withMessages(PlanPage, ["components.plans.composer", "components.plans.planForms"]);
