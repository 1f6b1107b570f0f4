import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listAuditRows } from "@/lib/audit-log/queries";
import { formatDateTime } from "@/lib/dates";
import { PageHeader, EmptyState } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { inputClass } from "@/components/forms/field";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Nhật ký hệ thống" : "Audit log" };
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<{ action?: string; entityId?: string }>;
}) {
  const actor = await requireActor("audit.view");
  const vi = (await getLocale()) === "vi";
  const params = await searchParams;
  const rows = await listAuditRows(actor, { action: params.action ?? "", entityId: params.entityId ?? "" });
  return (
    <div className="space-y-4">
      <PageHeader
        title={vi ? "Nhật ký hệ thống" : "Audit log"}
        subtitle={
          vi
            ? "Mọi thao tác ghi dữ liệu: ai, làm gì, khi nào, vì sao. Nhật ký chỉ được ghi thêm, không sửa, không xóa."
            : "Every write: who, what, when, why. Append-only."
        }
      />
      <form className="flex flex-wrap items-end gap-3 no-print" role="search">
        <label className="text-sm font-semibold">
          {vi ? "Thao tác bắt đầu bằng" : "Action starts with"}
          <input name="action" defaultValue={params.action ?? ""} placeholder="proposal." className={inputClass} />
        </label>
        <label className="text-sm font-semibold">
          {vi ? "Mã đối tượng" : "Entity id"}
          <input name="entityId" defaultValue={params.entityId ?? ""} className={inputClass} />
        </label>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
          {vi ? "Lọc" : "Filter"}
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState
          title={vi ? "Không có bản ghi phù hợp" : "No matching entries"}
          hint={vi ? "Bỏ bớt điều kiện lọc để xem thêm." : "Remove a filter to see more."}
        />
      ) : (
        <Table
          caption={vi ? `${rows.length} bản ghi mới nhất` : `${rows.length} newest entries`}
          head={
            vi
              ? ["Thời điểm", "Người thực hiện", "Thao tác", "Đối tượng", "Lý do"]
              : ["When", "Who", "Action", "Entity", "Reason"]
          }
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap">{formatDateTime(r.at)}</Td>
              <Td>
                {r.actorName}
                {r.assisted && (
                  <>
                    {" "}
                    <Badge tone="info">{vi ? "nộp thay" : "assisted"}</Badge>
                  </>
                )}
              </Td>
              <Td>
                <code>{r.action}</code>
              </Td>
              <Td className="text-xs">
                {r.entity} · {r.entityId}
              </Td>
              <Td>{r.reason ?? "—"}</Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
