import type { CommuneResultDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";

/** Results reported by area (e.g. beneficiaries per historic district), under today's communes. */
export function CommuneResults({ rows }: { rows: CommuneResultDto[] }) {
  if (!rows.length) return null;
  return (
    <div className="mt-4">
      <h3 className="mb-2 font-semibold">Kết quả theo địa bàn</h3>
      <Table head={["Địa bàn hiện nay", "Chỉ tiêu", "Kết quả"]}>
        {rows.map((r) => (
          <tr key={`${r.communeId}-${r.indicatorCode}`} data-testid="commune-result">
            <Td>{r.label}{r.historic.length > 0 && <span className="block text-xs text-slate-500">Gồm: {r.historic.join("; ")}</span>}</Td>
            <Td>{r.indicatorName}</Td>
            <Td className="tabular-nums">{r.display}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
