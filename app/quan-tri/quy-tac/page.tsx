import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listRulesForAdmin } from "@/lib/rules/queries";
import { formatDate } from "@/lib/dates";
import { formatMoney, formatPercentBp } from "@/lib/money";
import { PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { RulePeriodForm } from "@/components/application/rule-period-form";

export const metadata: Metadata = { title: "Quy tắc mức hỗ trợ" };

export default async function RulesAdminPage() {
  const actor = await requireActor("rules.manage");
  const { rules, bases } = await listRulesForAdmin(actor);
  const codes = [...new Map(rules.map((r) => [r.code, { code: r.code, label: r.label }])).values()];
  return (
    <div>
      <PageHeader title="Mức hỗ trợ khuyến công (quy tắc theo thời gian)" subtitle="Mỗi đề án được xét theo mức có hiệu lực tại ngày nộp. Thay đổi mức = thêm giai đoạn mới; giai đoạn cũ giữ nguyên để xét hồ sơ đã nộp." />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Table head={["Loại chi phí", "Tỷ lệ", "Mức tối đa", "Ưu tiên", "Căn cứ", "Hiệu lực", ""]}>
          {rules.map((r) => (
            <tr key={`${r.code}-${r.validFrom}`}>
              <Td><span className="font-semibold">{r.label}</span><span className="block text-xs text-slate-600">{r.code} · {r.activityCode}</span></Td>
              <Td>{r.maxPercentBp === null ? "—" : formatPercentBp(r.maxPercentBp)}</Td>
              <Td className="tabular-nums">{r.maxAmount === null ? "—" : formatMoney(BigInt(r.maxAmount))}</Td>
              <Td>{r.priorityMultiplierBp === null ? "—" : `× ${String(r.priorityMultiplierBp / 10000).replace(".", ",")}`}</Td>
              <Td>{r.article} {r.legalBasisTitle}</Td>
              <Td className="whitespace-nowrap">{formatDate(r.validFrom)} – {r.validTo ? formatDate(r.validTo) : "nay"}</Td>
              <Td>{r.verified ? <Badge tone="success">Đã đối chiếu</Badge> : <Badge tone="warning">Chưa đối chiếu</Badge>}</Td>
            </tr>
          ))}
        </Table>
        <div>
          <h2 className="mb-3 text-lg font-semibold">Thêm giai đoạn áp dụng mới</h2>
          <RulePeriodForm codes={codes} bases={bases} />
        </div>
      </div>
    </div>
  );
}
