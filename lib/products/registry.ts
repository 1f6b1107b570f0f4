import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { formatDate } from "@/lib/dates";
import { establishmentScope } from "@/lib/establishments/scope";
import { homeProvinceId, managedProvinceIds } from "@/lib/results/scope";
import { certificateExpiry, isCertificateValid, PRODUCT_LEVEL_LABELS } from "@/lib/products/levels";
import { productSchema } from "@/lib/products/schemas";
import { libText } from "@/lib/i18n/lib-token";

// The registry of recognised typical rural-industrial products (TT 26/2014/TT-BCT). Staff record them;
// the dashboard counts them per level (lib/products/counts.ts).

export type ProductRowDto = {
  id: string;
  name: string;
  level: string;
  levelLabel: string;
  year: number;
  producer: string;
  certificateNo: string | null;
  expires: string;
  valid: boolean;
  group: number;
};

export async function listProducts(actor: Actor, asOf = new Date()): Promise<ProductRowDto[]> {
  assertCan(actor, "dashboard.view");
  const db = await getDb();
  const provinceIds = await managedProvinceIds(db, actor);
  const rows = await db.typicalProduct.findMany({
    where: { provinceId: { in: provinceIds } },
    orderBy: [{ year: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      level: true,
      year: true,
      producer: true,
      certificateNo: true,
      expiresAt: true,
      productGroup: true,
      establishment: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    levelLabel: PRODUCT_LEVEL_LABELS[r.level],
    year: r.year,
    producer: r.establishment?.name ?? r.producer ?? "—",
    certificateNo: r.certificateNo,
    expires: formatDate(r.expiresAt),
    valid: isCertificateValid(r.expiresAt, asOf),
    group: r.productGroup,
  }));
}

/** Establishments of the province a product can be attached to. */
export async function listProducerOptions(actor: Actor): Promise<Array<{ value: string; label: string }>> {
  assertCan(actor, "results.enter");
  const db = await getDb();
  const rows = await db.establishment.findMany({
    where: establishmentScope(actor),
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true },
  });
  return rows.map((r) => ({ value: r.id, label: r.name }));
}

export async function createProduct(actor: Actor, input: unknown): Promise<string> {
  assertCan(actor, "results.enter");
  const v = parseOrThrow(productSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (v.establishmentId) {
      const est = await tx.establishment.findFirst({
        where: { AND: [{ id: v.establishmentId }, establishmentScope(actor)] },
        select: { id: true },
      });
      if (!est) throw new ValidationError({ establishmentId: [libText("validation.chooseAnEstablishmentInYour")] });
    }
    const row = await tx.typicalProduct.create({
      data: { ...v, expiresAt: certificateExpiry(v.year), provinceId: homeProvinceId(actor), source: "Nhập trên cổng" },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "product.create",
      entity: "TypicalProduct",
      entityId: row.id,
      data: { name: v.name, level: v.level, year: v.year },
    });
    return row.id;
  });
}

export async function deleteProduct(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "results.enter");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const provinceIds = await managedProvinceIds(tx, actor);
    const deleted = await tx.typicalProduct.deleteMany({ where: { id, provinceId: { in: provinceIds } } });
    if (deleted.count !== 1) throw new NotFoundError(libText("errors.theProductWasNotFound"));
    await writeAudit(tx, actor, { action: "product.delete", entity: "TypicalProduct", entityId: id });
  });
}
