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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đề án" : "Project" };
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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader
        title={p.title}
        subtitle={`${p.code ?? t("Chưa có mã hồ sơ", "No dossier code yet")} · ${p.agency} · ${t("năm", "year")} ${p.year} · ${p.fund}`}
        actions={
          <Link href="/lanh-dao/bang-dieu-khien" className="text-brand-700 underline">
            ← {t("Bảng điều khiển", "Dashboard")}
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap gap-2">
        <Badge tone="info">{statusText(p.status, locale)}</Badge>
        {p.fictional && <Badge tone="warning">{t("Dữ liệu minh họa", "Illustrative data")}</Badge>}
      </div>
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="proposal-figures">
        <Stat label={t("Tổng kinh phí", "Total cost")} value={p.display.totalCost} />
        <Stat label={t("Hỗ trợ cam kết", "Support committed")} value={p.display.committed} />
        <Stat label={t("Giải ngân", "Disbursed")} value={p.display.disbursed} />
        <Stat label={t("Quyết toán", "Settled")} value={p.display.settled} />
        <Stat label={t("Vốn đối ứng", "Counterpart funds")} value={p.display.counterpart} />
      </div>
      <Card title={t("Thông tin", "Details")} className="mb-6">
        <dl className="grid gap-2 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{t("Nội dung hoạt động", "Activity")}</dt>
            <dd>{p.categoryName}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("Đơn vị thụ hưởng", "Beneficiary")}</dt>
            <dd>{p.beneficiary ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("Đơn vị thực hiện", "Implementing unit")}</dt>
            <dd>{p.implementingUnit ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("Địa bàn", "Area")}</dt>
            <dd>{p.communeName ?? "—"}</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-600">{t("Mục tiêu", "Objectives")}</dt>
            <dd>{p.objectives || "—"}</dd>
          </div>
          {p.source && (
            <div className="sm:col-span-2">
              <dt className="text-sm text-slate-600">{t("Nguồn số liệu", "Data source")}</dt>
              <dd className="text-sm">{p.source}</dd>
            </div>
          )}
        </dl>
      </Card>
      <Card title={t("Kết quả ghi nhận", "Recorded results")} className="mb-6">
        {p.results.length ? (
          <Table head={[t("Năm", "Year"), t("Chỉ tiêu", "Indicator"), t("Kết quả", "Result")]}>
            {p.results.map((r) => (
              <tr key={r.id}>
                <Td>{r.year ?? "—"}</Td>
                <Td>{r.indicator}</Td>
                <Td className="tabular-nums">{r.display}</Td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="text-slate-600">
            {t(
              "Chưa có kết quả (kết quả được ghi khi nghiệm thu).",
              "No results yet (results are recorded at acceptance).",
            )}
          </p>
        )}
      </Card>
      <Card title={t("Sổ kinh phí", "Funds ledger")}>
        {p.ledger.length ? (
          <Table head={[t("Ngày", "Date"), t("Loại", "Type"), t("Số tiền", "Amount"), t("Ghi chú", "Note")]}>
            {p.ledger.map((l) => (
              <tr key={l.id}>
                <Td>{l.occurredAt.split("-").reverse().join("/")}</Td>
                <Td>{(locale === "vi" ? KIND : KIND_EN)[l.kind] ?? l.kind}</Td>
                <Td className="tabular-nums">{l.amount}</Td>
                <Td>{l.note ?? ""}</Td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="text-slate-600">
            {t("Chưa có bút toán tạm ứng, thanh toán.", "No advance or payment entries yet.")}
          </p>
        )}
      </Card>
    </>
  );
}
