import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { listMyAssignments } from "@/lib/appraisal/appraiser";
import { formatDate } from "@/lib/dates";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";

export const metadata: Metadata = { title: "Hồ sơ được phân công thẩm định" };

const NEXT = { PENDING: "Khai báo xung đột lợi ích", NO_CONFLICT: "Chấm điểm", RECUSED: "Đã xin không tham gia" } as const;

export default async function CouncilHome() {
  const actor = await requireActor("proposal.score");
  const rows = await listMyAssignments(actor);
  return (
    <>
      <PageHeader title="Hồ sơ được phân công thẩm định" subtitle={`${actor.name} · thành viên Hội đồng thẩm định`} />
      {rows.length === 0 ? <EmptyState title="Chưa có hồ sơ nào được phân công." hint="Khi chuyên viên phân công, hồ sơ sẽ hiện ở đây và ông/bà nhận được thông báo." /> : (
        <Table head={["Hồ sơ", "Trạng thái", "Việc cần làm", "Phân công"]}>
          {rows.map((r) => (
            <tr key={r.proposalId} data-testid="assignment-row">
              <Td><Link href={`/hoi-dong/${r.proposalId}`} className="font-semibold text-brand-700 underline">{r.title}</Link><p className="text-xs text-slate-600">{r.code} · {r.establishmentName} · đề nghị {r.requestedSupport}</p></Td>
              <Td><Badge tone={r.tone}>{r.statusLabel}</Badge></Td>
              <Td>{r.conflict === "NO_CONFLICT" && r.scored ? "Đã chấm (có thể sửa khi còn đang thẩm định)" : NEXT[r.conflict]}</Td>
              <Td className="whitespace-nowrap">{formatDate(r.assignedAt)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
