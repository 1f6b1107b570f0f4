import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { money } from "@/components/funding/money";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { BoardRow, ResultSummaryRow, TotalsDto } from "@/lib/implementation/board-queries";

export function BoardTable({ rows, hrefBase }: { rows: readonly BoardRow[]; hrefBase: string }) {
  if (rows.length === 0) return <EmptyState title="Chưa có đề án nào đã được phê duyệt" hint="Đề án được phê duyệt sẽ hiện ở đây để ký hợp đồng và theo dõi thực hiện." />;
  return (
    <Table head={["Đề án", "Trạng thái", "Được duyệt", "Đã chi ròng", "Hợp đồng"]}>
      {rows.map((r) => (
        <tr key={r.id} data-testid="board-row">
          <Td><Link href={`${hrefBase}/${r.id}`} className="font-semibold text-brand-700 underline">{r.title}</Link>
            <span className="block text-xs text-slate-500">{r.code ?? "—"} · {r.establishment ?? ""} · {r.year} · {r.fund === "KCQG" ? "KC quốc gia" : "KC địa phương"}</span></Td>
          <Td><Badge tone={STATUS_INFO[r.status].tone}>{STATUS_INFO[r.status].label.vi}</Badge></Td>
          <Td className="tabular-nums">{money(r.approvedSupport)}</Td>
          <Td className="tabular-nums">{money(r.netPaid)}</Td>
          <Td>{r.contractNumber ?? "—"}</Td>
        </tr>
      ))}
    </Table>
  );
}

export function TotalsTable({ rows }: { rows: readonly TotalsDto[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">Chưa có bút toán nào.</p>;
  return (
    <Table head={["Năm", "Tỉnh", "Nguồn", "Kế hoạch", "Số đề án", "Cam kết", "Tạm ứng", "Thanh toán", "Hoàn trả", "Đã chi ròng", "Đối ứng"]} caption="Tổng hợp từ các bút toán">
      {rows.map((t) => (
        <tr key={`${t.year}-${t.provinceId}-${t.fund}-${t.planId}`} data-testid="totals-row">
          <Td>{t.year}</Td><Td>{t.provinceName ?? "—"}</Td><Td>{t.fund}</Td><Td>{t.planName ?? "—"}</Td><Td>{t.proposals}</Td>
          <Td className="tabular-nums">{money(t.commitment)}</Td><Td className="tabular-nums">{money(t.advances)}</Td>
          <Td className="tabular-nums">{money(t.finalPayments)}</Td><Td className="tabular-nums">{money(t.refunds)}</Td>
          <Td className="tabular-nums">{money(t.netPaid)}</Td><Td className="tabular-nums">{money(t.counterpart)}</Td>
        </tr>
      ))}
    </Table>
  );
}

export function ResultsSummary({ rows }: { rows: readonly ResultSummaryRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">Chưa có kết quả từ nghiệm thu.</p>;
  return (
    <Table head={["Chỉ tiêu", "Kết quả", "Số đề án"]} caption="Kết quả từ biên bản nghiệm thu">
      {rows.map((r) => (
        <tr key={r.code} data-testid={`result-${r.code}`}>
          <Td>{r.name}</Td><Td className="tabular-nums"><span data-testid={`result-value-${r.code}`}>{r.value}</span> {r.unit}</Td><Td>{r.proposals}</Td>
        </tr>
      ))}
    </Table>
  );
}
