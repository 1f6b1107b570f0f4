import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getDrillProposal } from "@/lib/dashboard/drilldown-query";
import { NotFoundError } from "@/lib/errors";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Đề án" };

const KIND = { COMMITMENT: "Cam kết", ADVANCE: "Tạm ứng", FINAL_PAYMENT: "Thanh toán", REFUND: "Hoàn trả", COUNTERPART: "Vốn đối ứng" } as Record<string, string>;

async function load(actorId: Parameters<typeof getDrillProposal>[0], id: string) {
  try {
    return await getDrillProposal(actorId, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export default async function DrillProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("dashboard.view");
  const { id } = await params;
  const p = await load(actor, id);
  return (
    <>
      <PageHeader title={p.title} subtitle={`${p.code ?? "Chưa có mã hồ sơ"} · ${p.agency} · năm ${p.year} · ${p.fund}`}
        actions={<Link href="/lanh-dao/bang-dieu-khien" className="text-brand-700 underline">← Bảng điều khiển</Link>} />
      <div className="mb-4 flex flex-wrap gap-2"><Badge tone="info">{p.status}</Badge>{p.fictional && <Badge tone="warning">Dữ liệu minh họa</Badge>}</div>
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="proposal-figures">
        <Stat label="Tổng kinh phí" value={p.display.totalCost} />
        <Stat label="Hỗ trợ cam kết" value={p.display.committed} />
        <Stat label="Giải ngân" value={p.display.disbursed} />
        <Stat label="Quyết toán" value={p.display.settled} />
        <Stat label="Vốn đối ứng" value={p.display.counterpart} />
      </div>
      <Card title="Thông tin" className="mb-6">
        <dl className="grid gap-2 sm:grid-cols-2">
          <div><dt className="text-sm text-slate-600">Nội dung hoạt động</dt><dd>{p.categoryName}</dd></div>
          <div><dt className="text-sm text-slate-600">Đơn vị thụ hưởng</dt><dd>{p.beneficiary ?? "—"}</dd></div>
          <div><dt className="text-sm text-slate-600">Đơn vị thực hiện</dt><dd>{p.implementingUnit ?? "—"}</dd></div>
          <div><dt className="text-sm text-slate-600">Địa bàn</dt><dd>{p.communeName ?? "—"}</dd></div>
          <div className="sm:col-span-2"><dt className="text-sm text-slate-600">Mục tiêu</dt><dd>{p.objectives || "—"}</dd></div>
          {p.source && <div className="sm:col-span-2"><dt className="text-sm text-slate-600">Nguồn số liệu</dt><dd className="text-sm">{p.source}</dd></div>}
        </dl>
      </Card>
      <Card title="Kết quả ghi nhận" className="mb-6">
        {p.results.length ? <Table head={["Năm", "Chỉ tiêu", "Kết quả"]}>{p.results.map((r) => <tr key={r.id}><Td>{r.year ?? "—"}</Td><Td>{r.indicator}</Td><Td className="tabular-nums">{r.display}</Td></tr>)}</Table>
          : <p className="text-slate-600">Chưa có kết quả (kết quả được ghi khi nghiệm thu).</p>}
      </Card>
      <Card title="Sổ kinh phí">
        {p.ledger.length ? <Table head={["Ngày", "Loại", "Số tiền", "Ghi chú"]}>{p.ledger.map((l) => <tr key={l.id}><Td>{l.occurredAt.split("-").reverse().join("/")}</Td><Td>{KIND[l.kind] ?? l.kind}</Td><Td className="tabular-nums">{l.amount}</Td><Td>{l.note ?? ""}</Td></tr>)}</Table>
          : <p className="text-slate-600">Chưa có bút toán tạm ứng, thanh toán.</p>}
      </Card>
    </>
  );
}
