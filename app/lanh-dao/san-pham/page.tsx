import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listProducerOptions, listProducts } from "@/lib/products/registry";
import { createProductAction, deleteProductAction } from "@/lib/products/actions";
import { PRODUCT_LEVEL_LABELS, PRODUCT_LEVELS } from "@/lib/products/levels";
import { PRODUCT_GROUPS } from "@/lib/products/schemas";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { SpecForm } from "@/components/results/spec-form";
import { RowAction } from "@/components/results/row-action";

export const metadata: Metadata = { title: "Sản phẩm CNNT tiêu biểu" };

export default async function ProductsPage() {
  const actor = await requireActor("dashboard.view");
  const canAdd = can(actor.role, "results.enter");
  const [rows, producers] = await Promise.all([listProducts(actor), canAdd ? listProducerOptions(actor) : null]);
  const year = String(new Date().getFullYear());
  return (
    <>
      <PageHeader title="Sản phẩm công nghiệp nông thôn tiêu biểu" subtitle="Sản phẩm được công nhận theo cấp (TT 26/2014/TT-BCT, sửa đổi bởi TT 38/2025/TT-BCT); giấy chứng nhận có giá trị đến 31/12 năm thứ ba." />
      <Card className="mb-6">
        {rows.length ? (
          <Table head={["Sản phẩm", "Cấp", "Năm", "Cơ sở", "Giấy chứng nhận", "Hiệu lực", ...(canAdd ? ["Thao tác"] : [])]}>
            {rows.map((p) => (
              <tr key={p.id} data-testid="product-row">
                <Td className="min-w-48 font-semibold">{p.name}<span className="block text-xs font-normal text-slate-500">Nhóm {p.group}</span></Td>
                <Td>{p.levelLabel}</Td><Td>{p.year}</Td><Td>{p.producer}</Td><Td>{p.certificateNo ?? "—"}</Td>
                <Td><Badge tone={p.valid ? "success" : "neutral"}>{p.valid ? `Đến ${p.expires}` : `Hết hạn ${p.expires}`}</Badge></Td>
                {canAdd && <Td><RowAction action={deleteProductAction} id={p.id} label="Xóa" variant="danger" confirmTitle="Xóa sản phẩm này?" confirmBody="Sản phẩm bị xóa khỏi danh sách và khỏi số liệu bảng điều khiển." /></Td>}
              </tr>
            ))}
          </Table>
        ) : <EmptyState title="Chưa có sản phẩm nào được ghi nhận" hint={canAdd ? "Thêm sản phẩm theo quyết định công nhận bằng biểu mẫu bên dưới." : "Chuyên viên ghi nhận sản phẩm theo quyết định công nhận."} />}
      </Card>
      {producers && (
        <Card title="Thêm sản phẩm được công nhận">
          <SpecForm action={createProductAction} submitLabel="Thêm sản phẩm" testId="product-form" resetOnSuccess values={{ year, level: "PROVINCE", productGroup: "4" }} fields={[
            { name: "name", label: "Tên sản phẩm" },
            { name: "level", label: "Cấp công nhận", type: "select", options: PRODUCT_LEVELS.map((l) => ({ value: l, label: PRODUCT_LEVEL_LABELS[l] })) },
            { name: "year", label: "Năm công nhận", inputMode: "numeric", hint: "Giấy chứng nhận có giá trị đến 31/12 năm thứ ba (ví dụ công nhận 2024 → đến 31/12/2026)." },
            { name: "productGroup", label: "Nhóm sản phẩm", type: "select", options: PRODUCT_GROUPS },
            { name: "establishmentId", label: "Cơ sở trên cổng", type: "select", options: producers, empty: "— Không chọn (ghi tên bên dưới) —" },
            { name: "producer", label: "Tên cơ sở sản xuất (nếu chưa có trên cổng)" },
            { name: "certificateNo", label: "Số quyết định / giấy chứng nhận" },
          ]} />
        </Card>
      )}
    </>
  );
}
