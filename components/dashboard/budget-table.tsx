import Link from "next/link";
import type { BudgetRowDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locale";

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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const line = (r: BudgetRowDto, label: string, key: string, strong = false) => (
    <tr key={key} className={strong ? "bg-slate-50 font-semibold" : undefined} data-testid={`budget-${key}`}>
      <Td>{label}</Td>
      <Td className="tabular-nums">{r.display.planned}</Td>
      <Td className="tabular-nums">
        <Link className="text-brand-700 underline" href={drillHref(r.year, r.fund)}>
          {r.display.committed}
        </Link>{" "}
        <span className="text-xs text-slate-500">
          ({r.count} {t("đề án", "proposals")})
        </span>
      </Td>
      <Td className="tabular-nums">{r.display.disbursed}</Td>
      <Td className="tabular-nums">{r.display.settled}</Td>
      <Td className="tabular-nums">{r.commitmentRate}</Td>
      <Td className="tabular-nums">
        {r.disbursementRate === "—" ? t("chưa có số liệu", "no data") : r.disbursementRate}
      </Td>
      <Td className="tabular-nums">{r.display.counterpart}</Td>
      <Td className="tabular-nums">{r.leverage}</Td>
      <Td className="tabular-nums">{r.leverageDocumented}</Td>
    </tr>
  );
  return (
    <Table
      head={[
        t("Năm · nguồn", "Year · fund"),
        t("Dự toán giao", "Allocated budget"),
        t("Cam kết (phê duyệt)", "Committed (approved)"),
        t("Giải ngân", "Disbursed"),
        t("Quyết toán", "Settled"),
        t("Cam kết / dự toán", "Committed / budget"),
        t("Giải ngân / cam kết", "Disbursed / committed"),
        t("Vốn đối ứng", "Counterpart funds"),
        t("Hệ số đối ứng theo kế hoạch", "Planned counterpart ratio"),
        t("Hệ số đối ứng đã chứng minh", "Documented counterpart ratio"),
      ]}
    >
      {rows.map((r) =>
        line(r, `${r.year} · ${(locale === "vi" ? FUND : FUND_EN)[r.fund ?? ""] ?? r.fund}`, `${r.year}-${r.fund}`),
      )}
      {line(total, t("Tổng cộng", "Total"), "total", true)}
    </Table>
  );
}
