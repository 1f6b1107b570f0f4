import Link from "next/link";
import type { IndicatorRowDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";

/** Target against actual per indicator; every actual links to the entries behind it. */
export function IndicatorTable({ rows, drillHref, year, previousLabel }: { rows: IndicatorRowDto[]; drillHref: (code: string) => string; year: number | null; previousLabel: string | null }) {
  const head = ["Chỉ tiêu", "Mục tiêu giai đoạn", year ? `Lũy kế đến ${year}` : "Thực hiện", ...(year ? [`Năm ${year}`] : []), "Tỷ lệ đạt", "Đánh giá", ...(previousLabel ? [`Giai đoạn ${previousLabel}`] : [])];
  return (
    <Table head={head}>
      {rows.map((r) => (
        <tr key={r.indicatorId} data-testid={`indicator-${r.code}`}>
          <Td className="min-w-48"><span className="font-semibold">{r.name}</span><span className="block text-xs text-slate-500">{r.code} · {r.unit}{r.cumulative ? "" : " · không cộng dồn"}</span></Td>
          <Td>
            {r.target ? (
              <>
                <span className="font-semibold tabular-nums" data-testid="target">{r.target.display}</span>
                {r.target.rawTexts.length > 0 && <span className="block text-xs text-slate-600">“{r.target.rawTexts.join("; ")}”</span>}
                <span className="block text-xs text-slate-500">Nguồn: {r.target.sources.join("; ")}</span>
                {r.target.notes.length > 0 && <span className="block text-xs text-slate-500">{r.target.notes.join("; ")}</span>}
              </>
            ) : <span className="text-slate-500">—</span>}
          </Td>
          <Td className="tabular-nums">
            <Link href={drillHref(r.code)} className="font-semibold text-brand-700 underline" data-testid="actual">{r.actual.display}</Link>
            {r.actual.entries > 0 && <span className="block text-xs text-slate-500">{r.actual.entries} bản ghi</span>}
          </Td>
          {year && <Td className="tabular-nums">{r.yearActual?.display ?? "—"}</Td>}
          <Td className="tabular-nums">{r.percentDisplay}</Td>
          <Td><Badge tone={r.tone}>{r.statusLabel}</Badge></Td>
          {previousLabel && <Td className="tabular-nums" >{r.previous?.display ?? "—"}</Td>}
        </tr>
      ))}
    </Table>
  );
}
