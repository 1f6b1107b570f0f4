import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { ProvinceOnlyNotice } from "@/components/layout/province-only-notice";
import { can } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { listProducerOptions, listProducts } from "@/lib/products/registry";
import { createProductAction, deleteProductAction } from "@/lib/products/actions";
import { PRODUCT_LEVEL_LABELS, PRODUCT_LEVEL_LABELS_EN, PRODUCT_LEVELS } from "@/lib/products/levels";
import { PRODUCT_GROUPS, PRODUCT_GROUPS_EN } from "@/lib/products/schemas";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { SpecForm } from "@/components/results/spec-form";
import { RowAction } from "@/components/results/row-action";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Sản phẩm CNNT tiêu biểu" : "Outstanding rural industrial products" };
}

export default async function ProductsPage() {
  const actor = await requireActor("dashboard.view");
  // A province's own register: the ministry (no province) reads the figures on its dashboards instead.
  if (!actor.provinceId || actor.role === "MINISTRY_VIEWER") return <ProvinceOnlyNotice locale={await getLocale()} />;
  const canAdd = can(actor.role, "results.enter");
  const [rows, producers] = await Promise.all([listProducts(actor), canAdd ? listProducerOptions(actor) : null]);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const levels = locale === "vi" ? PRODUCT_LEVEL_LABELS : PRODUCT_LEVEL_LABELS_EN;
  const year = String(new Date().getFullYear());
  return (
    <>
      <PageHeader
        title={t("Sản phẩm công nghiệp nông thôn tiêu biểu", "Outstanding rural industrial products")}
        subtitle={t(
          "Sản phẩm được công nhận theo cấp (TT 26/2014/TT-BCT, sửa đổi bởi TT 38/2025/TT-BCT); giấy chứng nhận có giá trị đến 31/12 năm thứ ba.",
          "Products recognised by level (Circular 26/2014/TT-BCT, amended by Circular 38/2025/TT-BCT); a certificate is valid until 31/12 of its third year.",
        )}
      />
      <Card className="mb-6">
        {rows.length ? (
          <Table
            head={[
              t("Sản phẩm", "Product"),
              t("Cấp", "Level"),
              t("Năm", "Year"),
              t("Cơ sở", "Establishment"),
              t("Giấy chứng nhận", "Certificate"),
              t("Hiệu lực", "Validity"),
              ...(canAdd ? [t("Thao tác", "Actions")] : []),
            ]}
          >
            {rows.map((p) => (
              <tr key={p.id} data-testid="product-row">
                <Td className="min-w-48 font-semibold">
                  {p.name}
                  <span className="block text-xs font-normal text-slate-500">
                    {t("Nhóm", "Group")} {p.group}
                  </span>
                </Td>
                <Td>{locale === "vi" ? p.levelLabel : (levels[p.level as keyof typeof levels] ?? p.levelLabel)}</Td>
                <Td>{p.year}</Td>
                <Td>{p.producer}</Td>
                <Td>{p.certificateNo ?? "—"}</Td>
                <Td>
                  <Badge tone={p.valid ? "success" : "neutral"}>
                    {p.valid ? `${t("Đến", "Until")} ${p.expires}` : `${t("Hết hạn", "Expired")} ${p.expires}`}
                  </Badge>
                </Td>
                {canAdd && (
                  <Td>
                    <RowAction
                      action={deleteProductAction}
                      id={p.id}
                      label={t("Xóa", "Delete")}
                      variant="danger"
                      locale={locale}
                      confirmTitle={t("Xóa sản phẩm này?", "Delete this product?")}
                      confirmBody={t(
                        "Sản phẩm bị xóa khỏi danh sách và khỏi số liệu bảng điều khiển.",
                        "The product is removed from the list and from the dashboard figures.",
                      )}
                    />
                  </Td>
                )}
              </tr>
            ))}
          </Table>
        ) : (
          <EmptyState
            title={t("Chưa có sản phẩm nào được ghi nhận", "No products recorded yet")}
            hint={
              canAdd
                ? t(
                    "Thêm sản phẩm theo quyết định công nhận bằng biểu mẫu bên dưới.",
                    "Add products from their recognition decisions with the form below.",
                  )
                : t(
                    "Chuyên viên ghi nhận sản phẩm theo quyết định công nhận.",
                    "Staff record products from their recognition decisions.",
                  )
            }
          />
        )}
      </Card>
      {producers && (
        <Card title={t("Thêm sản phẩm được công nhận", "Add a recognised product")}>
          <SpecForm
            action={createProductAction}
            submitLabel={t("Thêm sản phẩm", "Add product")}
            testId="product-form"
            resetOnSuccess
            locale={locale}
            values={{ year, level: "PROVINCE", productGroup: "4" }}
            fields={[
              { name: "name", label: t("Tên sản phẩm", "Product name") },
              {
                name: "level",
                label: t("Cấp công nhận", "Recognition level"),
                type: "select",
                options: PRODUCT_LEVELS.map((l) => ({ value: l, label: levels[l] })),
              },
              {
                name: "year",
                label: t("Năm công nhận", "Year of recognition"),
                inputMode: "numeric",
                hint: t(
                  "Giấy chứng nhận có giá trị đến 31/12 năm thứ ba (ví dụ công nhận 2024 → đến 31/12/2026).",
                  "The certificate is valid until 31/12 of the third year (e.g. recognised in 2024 → until 31/12/2026).",
                ),
              },
              {
                name: "productGroup",
                label: t("Nhóm sản phẩm", "Product group"),
                type: "select",
                options: locale === "vi" ? PRODUCT_GROUPS : PRODUCT_GROUPS_EN,
              },
              {
                name: "establishmentId",
                label: t("Cơ sở trên cổng", "Establishment on the portal"),
                type: "select",
                options: producers,
                empty: t("— Không chọn (ghi tên bên dưới) —", "— None (enter the name below) —"),
              },
              {
                name: "producer",
                label: t("Tên cơ sở sản xuất (nếu chưa có trên cổng)", "Producer name (if not on the portal)"),
              },
              { name: "certificateNo", label: t("Số quyết định / giấy chứng nhận", "Decision / certificate number") },
            ]}
          />
        </Card>
      )}
    </>
  );
}
