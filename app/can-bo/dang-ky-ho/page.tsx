import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { searchEstablishments } from "@/lib/establishments/queries";
import { registerAssistedAction } from "@/lib/establishments/actions";
import { listCurrentCommunes } from "@/lib/applications/queries";
import { KIND_LABELS } from "@/lib/rules/industries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { inputClass } from "@/components/forms/field";
import { EstablishmentForm } from "@/components/establishment/establishment-form";

export const metadata: Metadata = { title: "Đăng ký, nộp hồ sơ hộ" };

export default async function AssistedPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor("establishment.registerAssisted");
  const { q = "" } = await searchParams;
  const [items, communes] = [await searchEstablishments(actor, q), await listCurrentCommunes()];
  return (
    <div>
      <PageHeader title="Đăng ký và nộp hồ sơ hộ cơ sở" subtitle="Dành cho cán bộ tiếp nhận tại bộ phận một cửa: mọi thao tác được ghi nhật ký là nộp hộ." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Tìm cơ sở đã có">
          <form method="get" className="mb-3 flex gap-2" role="search">
            <label htmlFor="q" className="sr-only">Tên cơ sở hoặc mã số thuế</label>
            <input id="q" name="q" defaultValue={q} className={inputClass} placeholder="Tên (không dấu cũng được) hoặc mã số thuế" />
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">Tìm</button>
          </form>
          {items.length === 0 ? <EmptyState title="Không có cơ sở phù hợp" hint="Đăng ký cơ sở mới ở mẫu bên cạnh." /> : (
            <Table head={["Cơ sở", "Loại hình", "MST", "Hồ sơ"]}>
              {items.map((e) => (
                <tr key={e.id}>
                  <Td><Link className="text-brand-700 underline" href={`/can-bo/dang-ky-ho/${e.id}`}>{e.name}</Link><span className="block text-xs text-slate-600">{e.commune ?? "—"}</span></Td>
                  <Td>{KIND_LABELS[e.kind]}</Td><Td className="tabular-nums">{e.taxCode ?? "—"}</Td><Td>{e.proposals}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <div>
          <h2 className="mb-3 text-lg font-semibold">Đăng ký cơ sở mới</h2>
          <EstablishmentForm action={registerAssistedAction} initial={{ workforce: "0" }} communes={communes} submitLabel="Đăng ký cơ sở" assisted />
        </div>
      </div>
    </div>
  );
}
