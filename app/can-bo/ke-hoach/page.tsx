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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Kế hoạch khuyến công năm" : "Annual industrial extension plans" };
}

const STATUS = {
  DRAFT: [{ vi: "Đang lập", en: "In preparation" }, "neutral"],
  SUBMITTED: [{ vi: "Đã trình", en: "Submitted" }, "info"],
  APPROVED: [{ vi: "Đã phê duyệt", en: "Approved" }, "success"],
} as const;

export default async function PlansPage() {
  const actor = await requireActor("plan.compose");
  const { plans, envelopes } = await listPlans(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const year = new Date().getFullYear();
  return (
    <>
      <PageHeader
        title={t("Kế hoạch khuyến công năm", "Annual industrial extension plans")}
        subtitle={t(
          "Lập kế hoạch theo năm, nguồn kinh phí và đợt; theo dõi tổng so với hạn mức.",
          "Draw up plans by year, fund and batch; follow the total against the budget envelope.",
        )}
      />
      {plans.length === 0 ? (
        <EmptyState
          title={t("Chưa có kế hoạch nào.", "No plans yet.")}
          hint={t(
            "Nhập hạn mức kinh phí được giao, rồi tạo kế hoạch ở khung bên dưới.",
            "Enter the allocated budget envelope, then create a plan in the box below.",
          )}
        />
      ) : (
        <Table
          head={[
            t("Kế hoạch", "Plan"),
            t("Trạng thái", "Status"),
            t("Số đề án", "Projects"),
            t("Dự kiến / hạn mức", "Projected / envelope"),
          ]}
        >
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
                    {locale === "vi"
                      ? `QĐ ${p.decisionNo} ngày ${formatDate(p.decisionDate)}`
                      : `Decision ${p.decisionNo} of ${formatDate(p.decisionDate)}`}
                  </p>
                )}
              </Td>
              <Td>{p.count}</Td>
              <Td className="tabular-nums">
                {p.projected} / {p.envelope ?? t("chưa có hạn mức", "no envelope yet")}{" "}
                <span className={p.fits ? "" : "text-red-700"}>({p.used})</span>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <Card title={t("Hạn mức kinh phí", "Budget envelopes")}>
          {envelopes.length > 0 && (
            <ul className="mb-4 space-y-1 text-sm" data-testid="envelopes">
              {envelopes.map((e) => (
                <li key={e.id}>
                  {locale === "vi"
                    ? `${e.fund === "KCQG" ? "KCQG" : "KCĐP"} ${e.year}: ${e.amount} · đã cam kết ${e.committed} · còn ${e.remaining}`
                    : `${e.fund === "KCQG" ? "National fund" : "Local fund"} ${e.year}: ${e.amount} · committed ${e.committed} · remaining ${e.remaining}`}
                </li>
              ))}
            </ul>
          )}
          <EnvelopeForm year={year} locale={locale} />
        </Card>
        <Card title={t("Tạo kế hoạch mới", "Create a new plan")}>
          <CreatePlanForm year={year} locale={locale} />
        </Card>
      </div>
    </>
  );
}
