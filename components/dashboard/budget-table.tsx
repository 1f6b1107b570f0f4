import Link from "next/link";
import type { BudgetRowDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";

const FUND = { KCQG: "Khuyến công quốc gia", KCDP: "Khuyến công địa phương" } as Record<string, string>;

/** Budget execution per year and fund; amounts link to the đề án behind them. */
export function BudgetTable({ rows, total, drillHref }: { rows: BudgetRowDto[]; total: BudgetRowDto; drillHref: (year: number | null, fund: string | null) => string }) {
  const line = (r: BudgetRowDto, label: string, key: string, strong = false) => (
    <tr key={key} className={strong ? "bg-slate-50 font-semibold" : undefined} data-testid={`budget-${key}`}>
      <Td>{label}</Td>
      <Td className="tabular-nums">{r.display.planned}</Td>
      <Td className="tabular-nums"><Link className="text-brand-700 underline" href={drillHref(r.year, r.fund)}>{r.display.committed}</Link> <span className="text-xs text-slate-500">({r.count} đề án)</span></Td>
      <Td className="tabular-nums">{r.display.disbursed}</Td>
      <Td className="tabular-nums">{r.display.settled}</Td>
      <Td className="tabular-nums">{r.commitmentRate}</Td>
      <Td className="tabular-nums">{r.disbursementRate}</Td>
      <Td className="tabular-nums">{r.display.counterpart}</Td>
      <Td className="tabular-nums">{r.leverage}</Td>
    </tr>
  );
  return (
    <Table head={["Năm · nguồn", "Dự toán giao", "Cam kết (phê duyệt)", "Giải ngân", "Quyết toán", "Cam kết / dự toán", "Giải ngân / cam kết", "Vốn đối ứng", "Hệ số đối ứng"]}>
      {rows.map((r) => line(r, `${r.year} · ${FUND[r.fund ?? ""] ?? r.fund}`, `${r.year}-${r.fund}`))}
      {line(total, "Tổng cộng", "total", true)}
    </Table>
  );
}
