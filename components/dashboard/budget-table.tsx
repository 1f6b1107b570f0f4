import Link from "next/link";
import type { BudgetRowDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

const FUND = { KCQG: "Khuyến công quốc gia", KCDP: "Khuyến công địa phương" } as Record<string, string>;
const FUND_EN = { KCQG: "National industrial extension", KCDP: "Local industrial extension" } as Record<string, string>;

/** Budget execution per year and fund; amounts link to the đề án behind them. */
export function BudgetTable({
  rows,
  total,
  drillHref,
  locale,
}: {
  rows: BudgetRowDto[];
  total: BudgetRowDto;
  drillHref: (year: number | null, fund: string | null) => string;
  locale: Locale;
}) {
  const t = translator(locale, "components.dashboard.budgetTable");
  const line = (r: BudgetRowDto, label: string, key: string, strong = false) => (
    <tr key={key} className={strong ? "bg-slate-50 font-semibold" : undefined} data-testid={`budget-${key}`}>
      <Td>{label}</Td>
      <Td>{r.display.planned}</Td>
      <Td>
        <Link className="text-brand-700 underline" href={drillHref(r.year, r.fund)}>
          {r.display.committed}
        </Link>{" "}
        <span className="text-xs text-slate-500">
          ({r.count} {t("proposals")})
        </span>
      </Td>
      <Td>{r.display.disbursed}</Td>
      <Td>{r.display.settled}</Td>
      <Td>{r.commitmentRate}</Td>
      <Td>{r.disbursementRate === "—" ? t("noData") : r.disbursementRate}</Td>
      <Td>{r.display.counterpart}</Td>
      <Td>{r.leverage}</Td>
      <Td>{r.leverageDocumented}</Td>
    </tr>
  );
  return (
    <Table
      head={[
        t("yearFund"),
        t("allocatedBudget"),
        t("committedApproved"),
        t("disbursed"),
        t("settled"),
        t("committedBudget"),
        t("disbursedCommitted"),
        t("counterpartFunds"),
        t("plannedCounterpartRatio"),
        t("documentedCounterpartRatio"),
      ]}
    >
      {rows.map((r) =>
        line(r, `${r.year} · ${(locale === "vi" ? FUND : FUND_EN)[r.fund ?? ""] ?? r.fund}`, `${r.year}-${r.fund}`),
      )}
      {line(total, t("total"), "total", true)}
    </Table>
  );
}
