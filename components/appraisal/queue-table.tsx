import Link from "next/link";
import type { QueueRow } from "@/lib/appraisal/dto";
import { formatTenths } from "@/lib/appraisal/rubric-math";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";

/** The intake queue; the checkboxes belong to the bulk form (form="bulk") rendered beside it. */
export function QueueTable({ rows, selectable }: { rows: QueueRow[]; selectable: boolean }) {
  return (
    <Table caption={<span className="sr-only">Danh sách hồ sơ</span>} head={[...(selectable ? [<span key="s" className="sr-only">Chọn</span>] : []), "Hồ sơ", "Cơ sở / xã", "Trạng thái", "Đề nghị hỗ trợ", "Điểm", "Nộp ngày"]}>
      {rows.map((r) => (
        <tr key={r.id} data-testid="queue-row">
          {selectable && <Td><input type="checkbox" name="proposalIds" value={r.id} form="bulk" aria-label={`Chọn ${r.code ?? r.title}`} className="h-5 w-5" /></Td>}
          <Td>
            <Link href={`/can-bo/ho-so/${r.id}`} className="font-semibold text-brand-700 underline">{r.title}</Link>
            <p className="text-xs text-slate-600">{r.code ?? "—"} · {r.activityName} · {r.fund === "KCQG" ? "KCQG" : "KCĐP"} {r.year}</p>
            {r.tags.length > 0 && <p className="mt-1 flex flex-wrap gap-1">{r.tags.map((t) => <Badge key={t}>{t}</Badge>)}</p>}
          </Td>
          <Td>{r.establishmentName ?? "—"}<p className="text-xs text-slate-600">{r.communeName ?? ""}</p></Td>
          <Td>
            <Badge tone={r.tone}>{r.statusLabel}</Badge>
            {r.overdueLabel && <p className="mt-1"><Badge tone="danger">{r.overdueLabel}</Badge></p>}
            {r.status === "UNDER_APPRAISAL" && <p className="text-xs text-slate-600">{r.assigned} thành viên</p>}
          </Td>
          <Td className="tabular-nums whitespace-nowrap">{formatMoney(BigInt(r.requestedSupport))}</Td>
          <Td className="tabular-nums">{formatTenths(r.meanTenths)}{r.wideSpread && <span title="Chênh lệch lớn giữa các thành viên" aria-label="Chênh lệch lớn"> ⚠</span>}</Td>
          <Td className="tabular-nums whitespace-nowrap">{formatDate(r.submittedAt)}</Td>
        </tr>
      ))}
    </Table>
  );
}
