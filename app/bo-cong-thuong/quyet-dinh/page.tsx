import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listKcqgRegister } from "@/lib/plans/kcqg-register";
import { formatDate } from "@/lib/dates";
import { PageHeader, Card } from "@/components/ui/card";
import { KcqgRegisterTable } from "@/components/plans/kcqg-register-table";
import { DecisionForm } from "@/components/decisions/decision-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await getLocale(), "app.boCongThuong.quyetDinh.page")("nationalProjectDecisions"),
  };
}

const DONE = { approve: "Đã phê duyệt đề án.", reject: "Đã không phê duyệt đề án." } as const;

/** The ministry decides KCQG đề án the provinces appraised and sent (issue 15), within the national envelope. */
async function MinistryDecisionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("proposal.decide");
  const locale = await getLocale();
  const t = translator(locale, "app.boCongThuong.quyetDinh.page");
  const sp = await searchParams;
  const year = /^\d{4}$/.test(sp.nam ?? "") ? Number(sp.nam) : new Date().getUTCFullYear();
  const { deadline, rows } = await listKcqgRegister(actor, year);
  const pending = rows.filter((r) => r.status === "MINISTRY_APPRAISAL");
  const done = sp.xong === "approve" || sp.xong === "reject" ? DONE[sp.xong] : null;
  return (
    <div>
      <PageHeader
        title={t("nationalKcqgProjectDecisions", { year })}
        subtitle={t("provincesAppraiseAndProposeThe", { value: formatDate(new Date(deadline)) })}
        actions={
          <nav className="flex gap-2 text-sm">
            {[year - 1, year, year + 1].map((y) => (
              <Link
                key={y}
                href={`/bo-cong-thuong/quyet-dinh?nam=${y}`}
                aria-current={y === year ? "page" : undefined}
                className={y === year ? "font-semibold underline" : "text-brand-700 underline"}
              >
                {y}
              </Link>
            ))}
          </nav>
        }
      />
      {done && (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm">
          {done}
        </p>
      )}
      <Card title={t("awaitingTheMinistrySDecision", { length: pending.length })}>
        <KcqgRegisterTable
          rows={pending}
          locale={locale}
          decide={(r) => (
            <DecisionForm
              proposalId={r.id}
              kinds={["approve", "reject"]}
              mayDecideDirectly
              delegations={[]}
              requestedSupport={r.requestedSupport.replace(" đồng", "")}
              defaultDeadline=""
              locale={locale}
              planYear={year}
            />
          )}
        />
      </Card>
      <div className="mt-6">
        <Card title={t("fullRegister")}>
          <KcqgRegisterTable rows={rows.filter((r) => r.status !== "MINISTRY_APPRAISAL")} locale={locale} />
        </Card>
      </div>
    </div>
  );
}

export default withMessages(MinistryDecisionsPage, ["components.decisions.decisionForm"]);
