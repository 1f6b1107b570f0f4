import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { money } from "@/components/funding/money";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { Locale } from "@/lib/i18n/locale";
import type { BoardRow, ResultSummaryRow, TotalsDto } from "@/lib/implementation/board-queries";
import { translator } from "@/lib/i18n/messages";

export function BoardTable({
  rows,
  hrefBase,
  locale,
}: {
  rows: readonly BoardRow[];
  hrefBase: string;
  locale: Locale;
}) {
  const t = translator(locale, "components.implementation.boardTables");
  if (rows.length === 0)
    return <EmptyState title={t("noApprovedProjectsYet")} hint={t("approvedProjectsAppearHereFor")} />;
  return (
    <Table head={[t("project"), t("status"), t("approved"), t("netPaid"), t("contract")]}>
      {rows.map((r) => (
        <tr key={r.id} data-testid="board-row">
          <Td>
            <Link href={`${hrefBase}/${r.id}`} className="font-semibold text-brand-700 underline">
              {r.title}
            </Link>
            <span className="block text-xs text-slate-500">
              {r.code ?? "—"} · {r.establishment ?? ""} · {r.year} ·{" "}
              {r.fund === "KCQG" ? t("nationalFund") : t("localFund")}
            </span>
          </Td>
          <Td>
            <Badge tone={STATUS_INFO[r.status].tone}>{STATUS_INFO[r.status].label[locale]}</Badge>
          </Td>
          <Td>{money(r.approvedSupport)}</Td>
          <Td>{money(r.netPaid)}</Td>
          <Td>{r.contractNumber ?? "—"}</Td>
        </tr>
      ))}
    </Table>
  );
}

export function TotalsTable({ rows, locale }: { rows: readonly TotalsDto[]; locale: Locale }) {
  const t = translator(locale, "components.implementation.boardTables");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("noLedgerEntriesYet")}</p>;
  return (
    <Table
      head={[
        t("year"),
        t("province"),
        t("fund"),
        t("plan"),
        t("projects"),
        t("committed"),
        t("advances"),
        t("payments"),
        t("refunds"),
        t("netPaid"),
        t("counterpart"),
      ]}
      caption={t("totalsFromTheLedgerEntries")}
    >
      {rows.map((r) => (
        <tr key={`${r.year}-${r.provinceId}-${r.fund}-${r.planId}`} data-testid="totals-row">
          <Td>{r.year}</Td>
          <Td>{r.provinceName ?? "—"}</Td>
          <Td>{r.fund}</Td>
          <Td>{r.planName ?? "—"}</Td>
          <Td>{r.proposals}</Td>
          <Td>{money(r.commitment)}</Td>
          <Td>{money(r.advances)}</Td>
          <Td>{money(r.finalPayments)}</Td>
          <Td>{money(r.refunds)}</Td>
          <Td>{money(r.netPaid)}</Td>
          <Td>{money(r.counterpart)}</Td>
        </tr>
      ))}
    </Table>
  );
}

export function ResultsSummary({ rows, locale }: { rows: readonly ResultSummaryRow[]; locale: Locale }) {
  const t = translator(locale, "components.implementation.boardTables");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("noResultsFromAcceptanceYet")}</p>;
  return (
    <Table head={[t("indicator"), t("result"), t("projects")]} caption={t("resultsFromTheAcceptanceMinutes")}>
      {rows.map((r) => (
        <tr key={r.code} data-testid={`result-${r.code}`}>
          <Td>{r.name}</Td>
          <Td>
            <span data-testid={`result-value-${r.code}`}>{r.value}</span> {r.unit}
          </Td>
          <Td>{r.proposals}</Td>
        </tr>
      ))}
    </Table>
  );
}
