import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { money } from "@/components/funding/money";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { Locale } from "@/lib/i18n/locale";
import type { BoardRow, ResultSummaryRow, TotalsDto } from "@/lib/implementation/board-queries";

const tr = (locale: Locale) => (vi: string, en: string) => (locale === "vi" ? vi : en);

export function BoardTable({
  rows,
  hrefBase,
  locale,
}: {
  rows: readonly BoardRow[];
  hrefBase: string;
  locale: Locale;
}) {
  const t = tr(locale);
  if (rows.length === 0)
    return (
      <EmptyState
        title={t("Chưa có đề án nào đã được phê duyệt", "No approved projects yet")}
        hint={t(
          "Đề án được phê duyệt sẽ hiện ở đây để ký hợp đồng và theo dõi thực hiện.",
          "Approved projects appear here for contract signing and implementation follow-up.",
        )}
      />
    );
  return (
    <Table
      head={[
        t("Đề án", "Project"),
        t("Trạng thái", "Status"),
        t("Được duyệt", "Approved"),
        t("Đã chi ròng", "Net paid"),
        t("Hợp đồng", "Contract"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} data-testid="board-row">
          <Td>
            <Link href={`${hrefBase}/${r.id}`} className="font-semibold text-brand-700 underline">
              {r.title}
            </Link>
            <span className="block text-xs text-slate-500">
              {r.code ?? "—"} · {r.establishment ?? ""} · {r.year} ·{" "}
              {r.fund === "KCQG" ? t("KC quốc gia", "national fund") : t("KC địa phương", "local fund")}
            </span>
          </Td>
          <Td>
            <Badge tone={STATUS_INFO[r.status].tone}>{STATUS_INFO[r.status].label[locale]}</Badge>
          </Td>
          <Td className="tabular-nums">{money(r.approvedSupport)}</Td>
          <Td className="tabular-nums">{money(r.netPaid)}</Td>
          <Td>{r.contractNumber ?? "—"}</Td>
        </tr>
      ))}
    </Table>
  );
}

export function TotalsTable({ rows, locale }: { rows: readonly TotalsDto[]; locale: Locale }) {
  const t = tr(locale);
  if (rows.length === 0)
    return <p className="text-sm text-slate-600">{t("Chưa có bút toán nào.", "No ledger entries yet.")}</p>;
  return (
    <Table
      head={[
        t("Năm", "Year"),
        t("Tỉnh", "Province"),
        t("Nguồn", "Fund"),
        t("Kế hoạch", "Plan"),
        t("Số đề án", "Projects"),
        t("Cam kết", "Committed"),
        t("Tạm ứng", "Advances"),
        t("Thanh toán", "Payments"),
        t("Hoàn trả", "Refunds"),
        t("Đã chi ròng", "Net paid"),
        t("Đối ứng", "Counterpart"),
      ]}
      caption={t("Tổng hợp từ các bút toán", "Totals from the ledger entries")}
    >
      {rows.map((r) => (
        <tr key={`${r.year}-${r.provinceId}-${r.fund}-${r.planId}`} data-testid="totals-row">
          <Td>{r.year}</Td>
          <Td>{r.provinceName ?? "—"}</Td>
          <Td>{r.fund}</Td>
          <Td>{r.planName ?? "—"}</Td>
          <Td>{r.proposals}</Td>
          <Td className="tabular-nums">{money(r.commitment)}</Td>
          <Td className="tabular-nums">{money(r.advances)}</Td>
          <Td className="tabular-nums">{money(r.finalPayments)}</Td>
          <Td className="tabular-nums">{money(r.refunds)}</Td>
          <Td className="tabular-nums">{money(r.netPaid)}</Td>
          <Td className="tabular-nums">{money(r.counterpart)}</Td>
        </tr>
      ))}
    </Table>
  );
}

export function ResultsSummary({ rows, locale }: { rows: readonly ResultSummaryRow[]; locale: Locale }) {
  const t = tr(locale);
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-600">{t("Chưa có kết quả từ nghiệm thu.", "No results from acceptance yet.")}</p>
    );
  return (
    <Table
      head={[t("Chỉ tiêu", "Indicator"), t("Kết quả", "Result"), t("Số đề án", "Projects")]}
      caption={t("Kết quả từ biên bản nghiệm thu", "Results from the acceptance minutes")}
    >
      {rows.map((r) => (
        <tr key={r.code} data-testid={`result-${r.code}`}>
          <Td>{r.name}</Td>
          <Td className="tabular-nums">
            <span data-testid={`result-value-${r.code}`}>{r.value}</span> {r.unit}
          </Td>
          <Td>{r.proposals}</Td>
        </tr>
      ))}
    </Table>
  );
}
