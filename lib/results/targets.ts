import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { targetSchema } from "@/lib/results/schemas";
import { homeProvinceId, managedProvinceIds } from "@/lib/results/scope";
import { resolveIndicator } from "@/lib/results/resolve";
import { libText } from "@/lib/i18n/lib-token";

// Targets per programme period (optionally per year and fund) for the leader's province — domain §6.2:
// "targets vs results stored per (period, scope, indicator, fund optional, year optional)".

/** A target belongs to a province directly, or through the agency that set it. */
export function targetScope(provinceIds: string[]): Prisma.TargetWhereInput {
  return {
    OR: [{ provinceId: { in: provinceIds } }, { provinceId: null, agency: { provinceId: { in: provinceIds } } }],
  };
}

async function columns(tx: Tx, input: unknown) {
  const v = parseOrThrow(targetSchema, input);
  const { indicator, value } = await resolveIndicator(tx, v.indicatorCode, v.value);
  return {
    indicator,
    data: {
      indicatorId: indicator.id,
      startYear: v.period.startYear,
      endYear: v.period.endYear,
      year: v.year,
      fund: v.fund,
      value,
      atLeast: v.atLeast,
      rawText: v.rawText,
      source: v.source,
      note: v.note,
    },
  };
}

export async function createTarget(actor: Actor, input: unknown): Promise<string> {
  assertCan(actor, "targets.manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const provinceIds = await managedProvinceIds(tx, actor);
    const { data, indicator } = await columns(tx, input);
    const programme = await tx.programme.findFirst({
      where: {
        scope: "LOCAL",
        startYear: data.startYear,
        endYear: data.endYear,
        agency: { provinceId: { in: provinceIds } },
      },
      orderBy: { code: "asc" },
      select: { id: true },
    });
    const row = await tx.target.create({
      data: {
        ...data,
        programmeId: programme?.id ?? null,
        provinceId: homeProvinceId(actor),
        agencyId: actor.agencyId,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "target.create",
      entity: "Target",
      entityId: row.id,
      data: {
        indicator: indicator.code,
        period: `${data.startYear}-${data.endYear}`,
        year: data.year,
        value: data.value.toString(),
      },
    });
    return row.id;
  });
}

export async function updateTarget(actor: Actor, id: string, input: unknown): Promise<void> {
  assertCan(actor, "targets.manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const provinceIds = await managedProvinceIds(tx, actor);
    const before = await tx.target.findFirst({
      where: { AND: [{ id }, targetScope(provinceIds)] },
      select: { value: true },
    });
    if (!before) throw new NotFoundError(libText("errors.theTargetWasNotFound"));
    const { data, indicator } = await columns(tx, input);
    const updated = await tx.target.updateMany({ where: { AND: [{ id }, targetScope(provinceIds)] }, data });
    if (updated.count !== 1) throw new NotFoundError(libText("errors.theTargetWasNotFound"));
    await writeAudit(tx, actor, {
      action: "target.update",
      entity: "Target",
      entityId: id,
      data: { indicator: indicator.code, from: before.value.toString(), to: data.value.toString() },
    });
  });
}

export async function deleteTarget(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "targets.manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const provinceIds = await managedProvinceIds(tx, actor);
    const row = await tx.target.findFirst({
      where: { AND: [{ id }, targetScope(provinceIds)] },
      select: { value: true, indicator: { select: { code: true } } },
    });
    if (!row) throw new NotFoundError(libText("errors.theTargetWasNotFound"));
    const deleted = await tx.target.deleteMany({ where: { AND: [{ id }, targetScope(provinceIds)] } });
    if (deleted.count !== 1) throw new NotFoundError(libText("errors.theTargetWasNotFound"));
    await writeAudit(tx, actor, {
      action: "target.delete",
      entity: "Target",
      entityId: id,
      data: { indicator: row.indicator.code, value: row.value.toString() },
    });
  });
}
