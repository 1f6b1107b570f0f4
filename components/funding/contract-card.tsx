import Link from "next/link";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { ActionForm } from "@/components/implementation/action-form";
import { money, todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import { signContractAction, startWorkAction } from "@/lib/funding/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

export function ContractCard({ d, canManage }: { d: ImplementationDetail; canManage: boolean }) {
  const c = d.contract;
  return (
    <Card title="Hợp đồng hỗ trợ" actions={c && <Link href={`/can-bo/thuc-hien/${d.id}/hop-dong`} className={buttonClass("secondary")}>Xem, in hợp đồng</Link>}>
      {c ? (
        <dl className="grid gap-2 text-sm sm:grid-cols-2" data-testid="contract-info">
          <div><dt className="text-slate-600">Số hợp đồng</dt><dd className="font-semibold">{c.number}</dd></div>
          <div><dt className="text-slate-600">Ngày ký</dt><dd>{formatDate(c.signedAt)}</dd></div>
          <div><dt className="text-slate-600">Bên A</dt><dd>{c.partyA}</dd></div>
          <div><dt className="text-slate-600">Bên B</dt><dd>{c.partyB}</dd></div>
          <div><dt className="text-slate-600">Giá trị hỗ trợ</dt><dd className="font-semibold">{money(c.amount)}</dd></div>
        </dl>
      ) : d.actions.includes("signContract") && canManage ? (
        <>
          <p className="mb-3 text-sm text-slate-700">Đề án đã được phê duyệt với kinh phí hỗ trợ {money(d.approvedSupport)}. Ký hợp đồng để ghi cam kết vào sổ kinh phí.</p>
          <ActionForm
            action={signContractAction.bind(null, d.id)} submitLabel="Ký hợp đồng hỗ trợ" testId="sign-contract-form"
            confirm="Ký hợp đồng hỗ trợ? Số hợp đồng sẽ được cấp và không thể thu hồi."
            fields={[
              { name: "signedAt", label: "Ngày ký", type: "date", defaultValue: todayIso(), required: true },
              { name: "partyA", label: "Bên A (cơ quan hỗ trợ)", defaultValue: d.agencyName },
              { name: "partyB", label: "Bên B (đơn vị thụ hưởng)", defaultValue: d.establishment?.name ?? d.implementingUnit ?? "" },
            ]}
          />
        </>
      ) : (
        <p className="text-sm text-slate-600">Chưa có hợp đồng. Hợp đồng được ký sau khi đề án được phê duyệt.</p>
      )}
      {c && d.actions.includes("startWork") && canManage && (
        <div className="mt-4 border-t pt-4">
          <ActionForm action={startWorkAction.bind(null, d.id)} fields={[]} submitLabel="Bắt đầu thực hiện" variant="secondary" testId="start-work-form" />
        </div>
      )}
    </Card>
  );
}
