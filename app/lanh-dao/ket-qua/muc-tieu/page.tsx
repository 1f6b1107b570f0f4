import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { parsePeriod } from "@/lib/metrics/period";
import { ENTRY_PERIODS } from "@/lib/results/schemas";
import { getEntryOptions, listTargetRows } from "@/lib/results/queries";
import { createTargetAction, deleteTargetAction } from "@/lib/results/actions";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { SpecForm } from "@/components/results/spec-form";
import { RowAction } from "@/components/results/row-action";
import { targetFields } from "@/components/results/fields";

export const metadata: Metadata = { title: "Mục tiêu giai đoạn" };

const BASE = "/lanh-dao/ket-qua/muc-tieu";
const FUND: Record<string, string> = { KCQG: "KCQG", KCDP: "KCĐP" };

export default async function TargetsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("dashboard.view");
  const params = await searchParams;
  const ky = ENTRY_PERIODS.some((p) => p.value === params.ky) ? params.ky! : "2021-2025";
  const period = parsePeriod(ky)!;
  const canManage = can(actor.role, "targets.manage");
  const [rows, options] = await Promise.all([listTargetRows(actor, period), canManage ? getEntryOptions(actor) : null]);
  return (
    <>
      <PageHeader title={`Mục tiêu giai đoạn ${period.startYear}–${period.endYear}`} subtitle="Mục tiêu cả giai đoạn, hoặc theo năm, theo nguồn kinh phí; của tỉnh (gồm địa bàn cũ sáp nhập năm 2025)."
        actions={<Link href="/lanh-dao/ket-qua" className="text-brand-700 underline">← Kết quả</Link>} />
      <nav className="no-print mb-4 flex gap-2" aria-label="Chọn giai đoạn">
        {ENTRY_PERIODS.map((p) => (
          <Link key={p.value} href={`${BASE}?ky=${p.value}`} aria-current={p.value === ky ? "page" : undefined}
            className={`rounded-md border px-3 py-2 text-sm font-semibold ${p.value === ky ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}>{p.label}</Link>
        ))}
      </nav>
      {params.luu && <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">Đã lưu mục tiêu.</p>}
      <Card className="mb-6">
        {rows.length ? (
          <Table head={["Chỉ tiêu", "Năm", "Nguồn", "Mục tiêu", "Căn cứ", ...(canManage ? ["Thao tác"] : [])]}>
            {rows.map((t) => (
              <tr key={t.id} data-testid={`target-row-${t.indicatorCode}`}>
                <Td className="min-w-48"><span className="font-semibold">{t.indicatorName}</span><span className="block text-xs text-slate-500">{t.indicatorCode}{t.province ? ` · ${t.province}` : ""}</span></Td>
                <Td>{t.year ?? "Cả giai đoạn"}</Td>
                <Td>{t.fund ? FUND[t.fund] : "—"}</Td>
                <Td className="tabular-nums font-semibold">{t.display}{t.rawText && <span className="block text-xs font-normal text-slate-600">“{t.rawText}”</span>}</Td>
                <Td className="text-xs">{t.source}{t.note && <span className="block text-slate-500">{t.note}</span>}</Td>
                {canManage && (
                  <Td><div className="flex flex-wrap gap-2">
                    <Link className="text-brand-700 underline" href={`${BASE}/${t.id}`}>Sửa</Link>
                    <RowAction action={deleteTargetAction} id={t.id} label="Xóa" variant="danger" confirmTitle="Xóa mục tiêu này?" confirmBody="Mục tiêu bị xóa khỏi bảng điều khiển; thao tác được ghi vào nhật ký." />
                  </div></Td>
                )}
              </tr>
            ))}
          </Table>
        ) : <EmptyState title="Chưa có mục tiêu cho giai đoạn này" hint={canManage ? "Thêm mục tiêu bằng biểu mẫu bên dưới, theo quyết định phê duyệt chương trình." : "Lãnh đạo Sở nhập mục tiêu theo quyết định phê duyệt chương trình."} />}
      </Card>
      {options && (
        <Card title="Thêm mục tiêu">
          <SpecForm action={createTargetAction} fields={targetFields(options)} values={{ period: ky }} submitLabel="Thêm mục tiêu" testId="target-form" resetOnSuccess />
        </Card>
      )}
    </>
  );
}
