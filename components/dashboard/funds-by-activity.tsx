import type { FundsBreakdownDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";

/** Funds per activity as the sources itemise them, with the part they leave unallocated on its own line. */
export function FundsByActivity({ data }: { data: FundsBreakdownDto }) {
  return (
    <Table head={["Nội dung", "Kinh phí"]} caption={`Kinh phí theo nội dung, giai đoạn ${data.label}`}>
      {data.rows.map((r, i) => (
        <tr key={`${r.key ?? "none"}-${i}`} data-testid="funds-activity"><Td>{r.label}</Td><Td className="tabular-nums">{r.display}</Td></tr>
      ))}
      <tr className="bg-slate-50"><Td>Cộng các nội dung được nêu</Td><Td className="tabular-nums">{data.itemised.display}</Td></tr>
      {data.unallocated && (
        <tr data-testid="funds-unallocated"><Td>Chưa phân bổ / khác (nguồn không nêu chi tiết)</Td><Td className="tabular-nums">{data.unallocated.display}</Td></tr>
      )}
      {data.total && <tr className="bg-slate-50 font-semibold" data-testid="funds-total"><Td>Tổng kinh phí</Td><Td className="tabular-nums">{data.total.display}</Td></tr>}
    </Table>
  );
}
