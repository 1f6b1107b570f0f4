import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { periodOf } from "@/lib/calendar/deadlines";
import { loadImplementationOr404 } from "@/lib/implementation/load";
import { PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { money, todayIso } from "@/components/funding/money";
import { ContractCard } from "@/components/funding/contract-card";
import { LedgerCard } from "@/components/funding/ledger-card";
import { DueList } from "@/components/implementation/due-list";
import { ProgressCard } from "@/components/implementation/progress-card";
import { VisitsCard } from "@/components/implementation/visits-card";
import { AmendmentsCard } from "@/components/implementation/amendments-card";
import { AcceptanceCard } from "@/components/implementation/acceptance-card";
import { SettlementCard } from "@/components/implementation/settlement-card";
import { CounterSignedCard } from "@/components/documents/counter-signed-card";
import { listCounterSigned } from "@/lib/documents/counter-signed";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.thucHien.id.page")("projectImplementation") };
}

async function ImplementationDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const d = await loadImplementationOr404(actor, id);
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.thucHien.id.page");
  const manage = can(actor.role, "funding.manage");
  const info = STATUS_INFO[d.status];
  return (
    <>
      <PageHeader
        title={d.title}
        subtitle={`${d.code ?? t("noDossierCodeYet")} · ${d.establishment?.name ?? d.implementingUnit ?? ""} · ${d.activity.name} · ${t("year")} ${d.year} · ${d.fund === "KCQG" ? t("nationalFund") : t("localFund")}`}
        actions={
          <Link href="/can-bo/thuc-hien" className="text-brand-700 underline">
            {t("list")}
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        <Badge tone={info.tone}>
          <span data-testid="proposal-status">{info.label[locale]}</span>
        </Badge>
        <span>
          {t("approvedSupport")} <strong>{money(d.approvedSupport)}</strong>
        </span>
        <span>
          {t("period")} {formatDate(d.startDate)} – {formatDate(d.endDate)}
        </span>
      </div>
      {d.due.length > 0 && (
        <div className="mb-6">
          <DueList items={d.due} hrefBase="/can-bo/thuc-hien" locale={locale} />
        </div>
      )}
      <div className="grid gap-6">
        <ContractCard d={d} canManage={manage} locale={locale} />
        {d.contract && (
          <CounterSignedCard
            proposalId={d.id}
            page={`/can-bo/thuc-hien/${d.id}`}
            items={await listCounterSigned(actor, d.id)}
            fileBase={`/can-bo/thuc-hien/${d.id}/tep`}
            locale={locale}
          />
        )}
        <LedgerCard d={d} canManage={manage} locale={locale} />
        <ProgressCard
          d={d}
          canReport={can(actor.role, "funding.report")}
          currentPeriod={periodOf(todayIso())}
          fileBase={`/can-bo/thuc-hien/${d.id}/tep`}
          locale={locale}
        />
        <VisitsCard d={d} canManage={manage} locale={locale} />
        <AmendmentsCard d={d} canRequest={manage} canDecide={can(actor.role, "proposal.decide")} locale={locale} />
        <AcceptanceCard d={d} canManage={manage} locale={locale} />
        <SettlementCard d={d} canManage={manage} canSettle={d.actions.includes("settle")} locale={locale} />
      </div>
    </>
  );
}

export default withMessages(ImplementationDetailPage, ["components.documents.counterSignedCard"]);
