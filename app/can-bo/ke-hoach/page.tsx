import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listPlans } from "@/lib/plans/queries";
import { formatDate } from "@/lib/dates";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { CreatePlanForm, EnvelopeForm } from "@/components/plans/plan-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.keHoach.page")("annualIndustrialExtensionPlans") };
}

const STATUS = {
  DRAFT: [{ vi: "Đang lập", en: "In preparation" }, "neutral"],
  SUBMITTED: [{ vi: "Đã trình", en: "Submitted" }, "info"],
  APPROVED: [{ vi: "Đã phê duyệt", en: "Approved" }, "success"],
} as const;

async function PlansPage() {
  const actor = await requireActor("plan.compose");
  const { plans, envelopes } = await listPlans(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.keHoach.page");
  const year = new Date().getFullYear();
  return (
    <>
      <PageHeader title={t("annualIndustrialExtensionPlans")} subtitle={t("drawUpPlansByYear")} />
      {plans.length === 0 ? (
        <EmptyState title={t("noPlansYet")} hint={t("enterTheAllocatedBudgetEnvelope")} />
      ) : (
        <Table head={[t("plan"), t("status"), t("projects"), t("projectedEnvelope")]}>
          {plans.map((p) => (
            <tr key={p.id}>
              <Td>
                <Link href={`/can-bo/ke-hoach/${p.id}`} className="font-semibold text-brand-700 underline">
                  {p.name}
                </Link>
                <p className="text-xs text-slate-600">{p.agencyName}</p>
              </Td>
              <Td>
                <Badge tone={STATUS[p.status][1]}>{STATUS[p.status][0][locale]}</Badge>
                {p.decisionNo && (
                  <p className="text-xs">
                    {t("decisionOf", { decisionNo: p.decisionNo, value: formatDate(p.decisionDate) })}
                  </p>
                )}
              </Td>
              <Td>{p.count}</Td>
              <Td>
                {p.projected} / {p.envelope ?? t("noEnvelopeYet")}{" "}
                <span className={p.fits ? "" : "text-red-700"}>({p.used})</span>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <Card title={t("budgetEnvelopes")}>
          {envelopes.length > 0 && (
            <ul className="mb-4 space-y-1 text-sm" data-testid="envelopes">
              {envelopes.map((e) => (
                <li key={e.id}>
                  {t("committedRemaining", {
                    fund: e.fund,
                    year: e.year,
                    amount: e.amount,
                    committed: e.committed,
                    remaining: e.remaining,
                  })}
                </li>
              ))}
            </ul>
          )}
          <EnvelopeForm year={year} locale={locale} />
        </Card>
        <Card title={t("createANewPlan")}>
          <CreatePlanForm year={year} locale={locale} />
        </Card>
      </div>
    </>
  );
}

export default withMessages(PlansPage, ["components.plans.planForms"]);
