import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listMyDelegations } from "@/lib/decisions/delegations";
import { SIGN_MODE_TEXT } from "@/lib/decisions/delegation-rules";
import { formatDateTime } from "@/lib/dates";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { DelegationForm, RevokeDelegationButton } from "@/components/decisions/delegation-forms";

export const metadata: Metadata = { title: "Ủy quyền ký quyết định" };

export default async function DelegationsPage() {
  const actor = await requireActor("proposal.decide");
  const { rows, colleagues } = await listMyDelegations(actor);
  const now = new Date().toISOString();
  return (
    <>
      <PageHeader title="Ủy quyền ký quyết định" subtitle="Ai được ký thay, thừa lệnh hoặc thừa ủy quyền cho ai, trong thời hạn nào (Điều 13 Nghị định 30/2020/NĐ-CP)." />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {rows.length === 0 ? <p className="text-sm text-slate-600">Chưa có ủy quyền nào.</p> : (
            <Table head={["Người ủy quyền → người ký", "Hình thức", "Thời hạn", ""]}>
              {rows.map((r) => {
                const active = !r.revokedAt && r.validFrom <= now && now <= r.validTo;
                return (
                  <tr key={r.id}>
                    <Td>{r.delegatorName} → {r.delegateName}{r.scope && <p className="text-xs text-slate-600">{r.scope}</p>}</Td>
                    <Td>{SIGN_MODE_TEXT[r.mode].vi}</Td>
                    <Td className="whitespace-nowrap text-sm">{formatDateTime(r.validFrom)} – {formatDateTime(r.validTo)}<br />
                      <Badge tone={active ? "success" : "neutral"}>{r.revokedAt ? "Đã thu hồi" : active ? "Đang hiệu lực" : "Ngoài thời hạn"}</Badge></Td>
                    <Td>{r.mine && !r.revokedAt && <RevokeDelegationButton id={r.id} />}</Td>
                  </tr>
                );
              })}
            </Table>
          )}
        </div>
        <Card title="Ủy quyền mới"><DelegationForm colleagues={colleagues} /></Card>
      </div>
    </>
  );
}
