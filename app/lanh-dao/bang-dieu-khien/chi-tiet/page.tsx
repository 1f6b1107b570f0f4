import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { filtersToQuery, parseFilters } from "@/lib/dashboard/filters";
import { listDrillProposals, listDrillResults } from "@/lib/dashboard/drilldown-query";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";

export const metadata: Metadata = { title: "Chi tiết số liệu" };

const BASE = "/lanh-dao/bang-dieu-khien";
const ORIGIN = { ACCEPTANCE: "Từ nghiệm thu đề án", MANUAL: "Nhập thủ công (đã duyệt)", SEED: "Số liệu công bố" } as Record<string, string>;

export default async function DrillPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("dashboard.view");
  const params = await searchParams;
  const filters = parseFilters(params);
  const back = `${BASE}?${filtersToQuery(filters)}`;
  const indicator = typeof params.chitieu === "string" ? params.chitieu : null;
  const scopeText = `Giai đoạn ${filters.startYear}–${filters.endYear}${filters.year ? `, năm ${filters.year}` : ""}${filters.fund ? `, nguồn ${filters.fund}` : ""}${filters.category ? `, nội dung ${filters.category}` : ""}`;
  if (indicator) {
    const { indicator: ind, rows } = await listDrillResults(actor, filters, indicator);
    return (
      <>
        <PageHeader title={`Kết quả: ${ind.name}`} subtitle={scopeText} actions={<Link href={back} className="text-brand-700 underline">← Bảng điều khiển</Link>} />
        <Card>
          {rows.length ? (
            <Table head={["Kỳ", "Giá trị", "Nguồn gốc", "Đề án", "Địa bàn", "Nguồn / minh chứng"]}>
              {rows.map((r) => (
                <tr key={r.id} data-testid="drill-result">
                  <Td>{r.period}</Td>
                  <Td className="tabular-nums font-semibold">{r.display}</Td>
                  <Td>{ORIGIN[r.origin] ?? r.origin}</Td>
                  <Td>{r.proposalId ? <Link className="text-brand-700 underline" href={`${BASE}/de-an/${r.proposalId}`}>{r.proposalTitle}</Link> : "—"}</Td>
                  <Td>{r.commune ?? "—"}</Td>
                  <Td className="text-xs">{[r.rawText && `“${r.rawText}”`, r.source, r.evidence].filter(Boolean).join(" · ")}</Td>
                </tr>
              ))}
            </Table>
          ) : <EmptyState title="Chưa có kết quả nào được ghi nhận" hint="Kết quả đến từ biên bản nghiệm thu đề án hoặc được chuyên viên nhập và lãnh đạo duyệt." />}
        </Card>
      </>
    );
  }
  const { rows, total } = await listDrillProposals(actor, filters);
  return (
    <>
      <PageHeader title="Đề án phía sau số liệu" subtitle={scopeText} actions={<Link href={back} className="text-brand-700 underline">← Bảng điều khiển</Link>} />
      <Card>
        {rows.length ? (
          <Table head={["Đề án", "Năm", "Nguồn", "Trạng thái", "Nội dung", "Địa bàn", "Cam kết", "Giải ngân", "Quyết toán", "Đối ứng"]}>
            {rows.map((r) => (
              <tr key={r.id} data-testid="drill-proposal">
                <Td className="min-w-56"><Link className="text-brand-700 underline" href={`${BASE}/de-an/${r.id}`}>{r.title}</Link>{r.code && <span className="block text-xs text-slate-500">{r.code}</span>}</Td>
                <Td>{r.year}</Td><Td>{r.fund}</Td><Td>{r.status}</Td><Td className="text-xs">{r.category}</Td><Td>{r.commune ?? "—"}</Td>
                <Td className="tabular-nums">{r.display.committed}</Td><Td className="tabular-nums">{r.display.disbursed}</Td>
                <Td className="tabular-nums">{r.display.settled}</Td><Td className="tabular-nums">{r.display.counterpart}</Td>
              </tr>
            ))}
            <tr className="bg-slate-50 font-semibold" data-testid="drill-total">
              <Td>Tổng cộng ({rows.length} đề án)</Td><Td>{""}</Td><Td>{""}</Td><Td>{""}</Td><Td>{""}</Td><Td>{""}</Td>
              <Td className="tabular-nums">{total.committed}</Td><Td className="tabular-nums">{total.disbursed}</Td><Td className="tabular-nums">{total.settled}</Td><Td className="tabular-nums">{total.counterpart}</Td>
            </tr>
          </Table>
        ) : <EmptyState title="Không có đề án nào trong phạm vi này" hint="Thử bỏ bớt bộ lọc trên bảng điều khiển." />}
      </Card>
    </>
  );
}
