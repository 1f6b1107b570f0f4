import Link from "next/link";
import type { ResultEntryDto } from "@/lib/results/dto";
import type { FormState } from "@/lib/form-state";
import { formatDate } from "@/lib/dates";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { RowAction } from "@/components/results/row-action";

type Act = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Manual result entries; drafts can be edited or deleted by staff and approved (locked) by a leader. */
export function EntryTable({ rows, canEdit, canApprove, approve, remove, base }: {
  rows: ResultEntryDto[]; canEdit: boolean; canApprove: boolean; approve: Act; remove: Act; base: string;
}) {
  return (
    <Table head={["Chỉ tiêu", "Năm", "Giá trị", "Nội dung · minh chứng", "Trạng thái", "Thao tác"]}>
      {rows.map((r) => (
        <tr key={r.id} data-testid={`entry-${r.id}`} data-entry-status={r.status}>
          <Td className="min-w-48"><span className="font-semibold">{r.indicatorName}</span><span className="block text-xs text-slate-500">{r.indicatorCode} · giai đoạn {r.period}{r.commune ? ` · ${r.commune}` : ""}</span></Td>
          <Td>{r.year ?? "—"}</Td>
          <Td className="tabular-nums font-semibold">{r.display}</Td>
          <Td className="min-w-64 text-sm">{r.description}<span className="block text-xs text-slate-600">Minh chứng: {r.evidence}</span>
            <span className="block text-xs text-slate-500">Người nhập: {r.createdBy ?? "—"}, {formatDate(r.createdAt)}</span></Td>
          <Td>
            {r.status === "APPROVED"
              ? <><Badge tone="success">Đã duyệt · đã khóa</Badge><span className="block text-xs text-slate-500">{r.approvedBy} · {formatDate(r.approvedAt)}</span></>
              : <Badge tone="warning">Chờ duyệt</Badge>}
          </Td>
          <Td>
            <div className="flex flex-wrap gap-2">
              {r.status === "DRAFT" && canEdit && <Link className="text-brand-700 underline" href={`${base}/${r.id}`}>Sửa</Link>}
              {r.status === "DRAFT" && canEdit && <RowAction action={remove} id={r.id} label="Xóa" variant="danger" confirmTitle="Xóa kết quả này?" confirmBody="Bản ghi chưa duyệt sẽ bị xóa; thao tác được ghi vào nhật ký." />}
              {r.status === "DRAFT" && canApprove && <RowAction action={approve} id={r.id} label="Duyệt và khóa" variant="primary" testId="approve-form"
                confirmTitle="Duyệt kết quả này?" confirmBody="Sau khi duyệt, kết quả được tính trên bảng điều khiển và bị khóa: không ai sửa hay xóa được nữa." />}
              {r.status === "APPROVED" && <span className="text-xs text-slate-500">Không sửa được</span>}
            </div>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
