import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { periodOf } from "@/lib/calendar/deadlines";
import { loadImplementationOr404 } from "@/lib/implementation/load";
import { PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { todayIso } from "@/components/funding/money";
import { DueList } from "@/components/implementation/due-list";
import { ProgressCard } from "@/components/implementation/progress-card";
import { LedgerCard } from "@/components/funding/ledger-card";
import { IssuedDocumentsCard } from "@/components/documents/issued-documents-card";
import { CounterSignedCard } from "@/components/documents/counter-signed-card";
import { listCounterSigned } from "@/lib/documents/counter-signed";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.thucHien.id.page")("projectProgressReports") };
}

/** The beneficiary's view: its monthly report with photos, and its ledger read-only. */
async function MyImplementationDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("funding.report");
  const { id } = await params;
  const d = await loadImplementationOr404(actor, id);
  const info = STATUS_INFO[d.status];
  const locale = await getLocale();
  const t = translator(locale, "app.doanhNghiep.thucHien.id.page");
  return (
    <>
      <PageHeader
        title={d.title}
        subtitle={`${d.code ?? ""} · ${t("contract")} ${d.contract?.number ?? t("notSigned")}`}
        actions={
          <Link href="/doanh-nghiep/thuc-hien" className="text-brand-700 underline">
            {t("list")}
          </Link>
        }
      />
      <p className="mb-4">
        <Badge tone={info.tone}>{info.label[locale]}</Badge>
      </p>
      {d.due.length > 0 && (
        <div className="mb-6">
          <DueList items={d.due} hrefBase="/doanh-nghiep/thuc-hien" locale={locale} />
        </div>
      )}
      <div className="grid gap-6">
        <ProgressCard
          d={d}
          canReport
          currentPeriod={periodOf(todayIso())}
          fileBase={`/doanh-nghiep/thuc-hien/${d.id}/tep`}
          locale={locale}
        />
        <LedgerCard d={d} canManage={false} locale={locale} />
        <IssuedDocumentsCard d={d} base="/doanh-nghiep/thuc-hien" locale={locale} />
        {d.contract && (
          <CounterSignedCard
            proposalId={d.id}
            page={`/doanh-nghiep/thuc-hien/${d.id}`}
            items={await listCounterSigned(actor, d.id)}
            fileBase={`/doanh-nghiep/thuc-hien/${d.id}/tep`}
            locale={locale}
          />
        )}
      </div>
    </>
  );
}

export default withMessages(MyImplementationDetailPage, ["components.documents.counterSignedCard"]);
