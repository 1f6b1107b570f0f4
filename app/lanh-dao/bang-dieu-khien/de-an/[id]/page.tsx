import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale, type Locale } from "@/lib/i18n/locale";
import { STATUS_LABELS } from "@/lib/dashboard/statuses";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { getDrillProposal } from "@/lib/dashboard/drilldown-query";
import { NotFoundError } from "@/lib/errors";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.bangDieuKhien.deAn.id.page")("project") };
}

const KIND = {
  COMMITMENT: "Cam kết",
  ADVANCE: "Tạm ứng",
  FINAL_PAYMENT: "Thanh toán",
  REFUND: "Hoàn trả",
  COUNTERPART: "Vốn đối ứng",
} as Record<string, string>;
const KIND_EN = {
  COMMITMENT: "Commitment",
  ADVANCE: "Advance",
  FINAL_PAYMENT: "Payment",
  REFUND: "Refund",
  COUNTERPART: "Counterpart funds",
} as Record<string, string>;

/** The query returns the Vietnamese status label; find its English twin in the workflow table. */
function statusText(label: string, locale: Locale): string {
  if (locale === "vi") return label;
  const key = Object.entries(STATUS_LABELS).find(([, v]) => v === label)?.[0] as ProposalStatus | undefined;
  return key ? STATUS_INFO[key].label.en : label;
}

async function load(actorId: Parameters<typeof getDrillProposal>[0], id: string) {
  try {
    return await getDrillProposal(actorId, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export default async function DrillProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("dashboard.view");
  const { id } = await params;
  const p = await load(actor, id);
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.bangDieuKhien.deAn.id.page");
  return (
    <>
      <PageHeader
        title={p.title}
        subtitle={`${p.code ?? t("noDossierCodeYet")} · ${p.agency} · ${t("year")} ${p.year} · ${p.fund}`}
        actions={
          <Link href="/lanh-dao/bang-dieu-khien" className="text-brand-700 underline">
            ← {t("dashboard")}
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap gap-2">
        <Badge tone="info">{statusText(p.status, locale)}</Badge>
        {p.fictional && <Badge tone="warning">{t("illustrativeData")}</Badge>}
      </div>
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="proposal-figures">
        <Stat label={t("totalCost")} value={p.display.totalCost} />
        <Stat label={t("supportCommitted")} value={p.display.committed} />
        <Stat label={t("disbursed")} value={p.display.disbursed} />
        <Stat label={t("settled")} value={p.display.settled} />
        <Stat label={t("counterpartFunds")} value={p.display.counterpart} />
      </div>
      <Card title={t("details")} className="mb-6">
        <dl className="grid gap-2 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{t("activity")}</dt>
            <dd>{p.categoryName}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("beneficiary")}</dt>
            <dd>{p.beneficiary ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("implementingUnit")}</dt>
            <dd>{p.implementingUnit ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("area")}</dt>
            <dd>{p.communeName ?? "—"}</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-600">{t("objectives")}</dt>
            <dd>{p.objectives || "—"}</dd>
          </div>
          {p.source && (
            <div className="sm:col-span-2">
              <dt className="text-sm text-slate-600">{t("dataSource")}</dt>
              <dd className="text-sm">{p.source}</dd>
            </div>
          )}
        </dl>
      </Card>
      <Card title={t("recordedResults")} className="mb-6">
        {p.results.length ? (
          <Table head={[t("year2"), t("indicator"), t("result")]}>
            {p.results.map((r) => (
              <tr key={r.id}>
                <Td>{r.year ?? "—"}</Td>
                <Td>{r.indicator}</Td>
                <Td>{r.display}</Td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="text-slate-600">{t("noResultsYetResultsAre")}</p>
        )}
      </Card>
      <Card title={t("fundsLedger")}>
        {p.ledger.length ? (
          <Table head={[t("date"), t("type"), t("amount"), t("note")]}>
            {p.ledger.map((l) => (
              <tr key={l.id}>
                <Td>{l.occurredAt.split("-").reverse().join("/")}</Td>
                <Td>{(locale === "vi" ? KIND : KIND_EN)[l.kind] ?? l.kind}</Td>
                <Td>{l.amount}</Td>
                <Td>{l.note ?? ""}</Td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="text-slate-600">{t("noAdvanceOrPaymentEntries")}</p>
        )}
      </Card>
    </>
  );
}
