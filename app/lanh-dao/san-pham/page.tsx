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
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.sanPham.page")("outstandingRuralIndustrialProducts2") };
}

export default async function ProductsPage() {
  const actor = await requireActor("dashboard.view");
  // A province's own register: the ministry (no province) reads the figures on its dashboards instead.
  if (!actor.provinceId || actor.role === "MINISTRY_VIEWER") return <ProvinceOnlyNotice locale={await getLocale()} />;
  const canAdd = can(actor.role, "results.enter");
  const [rows, producers] = await Promise.all([listProducts(actor), canAdd ? listProducerOptions(actor) : null]);
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.sanPham.page");
  const levels = locale === "vi" ? PRODUCT_LEVEL_LABELS : PRODUCT_LEVEL_LABELS_EN;
  const year = String(new Date().getFullYear());
  return (
    <>
      <PageHeader title={t("outstandingRuralIndustrialProducts")} subtitle={t("productsRecognisedByLevelCircular")} />
      <Card className="mb-6">
        {rows.length ? (
          <Table
            head={[
              t("product"),
              t("level"),
              t("year"),
              t("establishment"),
              t("certificate"),
              t("validity"),
              ...(canAdd ? [t("actions")] : []),
            ]}
          >
            {rows.map((p) => (
              <tr key={p.id} data-testid="product-row">
                <Td className="min-w-48 font-semibold">
                  {p.name}
                  <span className="block text-xs font-normal text-slate-500">
                    {t("group")} {p.group}
                  </span>
                </Td>
                <Td>{locale === "vi" ? p.levelLabel : (levels[p.level as keyof typeof levels] ?? p.levelLabel)}</Td>
                <Td>{p.year}</Td>
                <Td>{p.producer}</Td>
                <Td>{p.certificateNo ?? "—"}</Td>
                <Td>
                  <Badge tone={p.valid ? "success" : "neutral"}>
                    {p.valid ? `${t("until")} ${p.expires}` : `${t("expired")} ${p.expires}`}
                  </Badge>
                </Td>
                {canAdd && (
                  <Td>
                    <RowAction
                      action={deleteProductAction}
                      id={p.id}
                      label={t("delete")}
                      variant="danger"
                      locale={locale}
                      confirmTitle={t("deleteThisProduct")}
                      confirmBody={t("theProductIsRemovedFrom")}
                    />
                  </Td>
                )}
              </tr>
            ))}
          </Table>
        ) : (
          <EmptyState
            title={t("noProductsRecordedYet")}
            hint={canAdd ? t("addProductsFromTheirRecognition") : t("staffRecordProductsFromTheir")}
          />
        )}
      </Card>
      {producers && (
        <Card title={t("addARecognisedProduct")}>
          <SpecForm
            action={createProductAction}
            submitLabel={t("addProduct")}
            testId="product-form"
            resetOnSuccess
            locale={locale}
            values={{ year, level: "PROVINCE", productGroup: "4" }}
            fields={[
              { name: "name", label: t("productName") },
              {
                name: "level",
                label: t("recognitionLevel"),
                type: "select",
                options: PRODUCT_LEVELS.map((l) => ({ value: l, label: levels[l] })),
              },
              {
                name: "year",
                label: t("yearOfRecognition"),
                inputMode: "numeric",
                hint: t("theCertificateIsValidUntil"),
              },
              {
                name: "productGroup",
                label: t("productGroup"),
                type: "select",
                options: locale === "vi" ? PRODUCT_GROUPS : PRODUCT_GROUPS_EN,
              },
              {
                name: "establishmentId",
                label: t("establishmentOnThePortal"),
                type: "select",
                options: producers,
                empty: t("noneEnterTheNameBelow"),
              },
              {
                name: "producer",
                label: t("producerNameIfNotOn"),
              },
              { name: "certificateNo", label: t("decisionCertificateNumber") },
            ]}
          />
        </Card>
      )}
    </>
  );
}
