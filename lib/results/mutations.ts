import "server-only";
import { getDb, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError, WorkflowError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { resultEntrySchema } from "@/lib/results/schemas";
import { homeProvinceId, managedProvinceIds } from "@/lib/results/scope";
import { resolveCategory, resolveCommuneInScope, resolveIndicator } from "@/lib/results/resolve";
import { libText } from "@/lib/i18n/lib-token";

// Manual results (work outside any đề án: news articles, conferences…). Staff enter them with evidence;
// once a leader approves one it is locked. The lock is decided by the database: every change is a
// conditional UPDATE/DELETE "… AND status = 'DRAFT'", so an approval racing an edit cannot be lost.

const LOCKED = "Kết quả này đã được lãnh đạo duyệt nên đã khóa: không thể sửa hoặc xóa.";

async function columns(tx: Tx, actor: Actor, input: unknown, provinceIds: string[]) {
  const v = parseOrThrow(resultEntrySchema, input);
  const year = v.year ?? v.period.startYear;
  const { indicator, value } = await resolveIndicator(tx, v.indicatorCode, v.value);
  return {
    indicator,
    data: {
      indicatorId: indicator.id,
      startYear: v.period.startYear,
      endYear: v.period.endYear,
      year,
      fund: v.fund,
      activityCategoryId: await resolveCategory(tx, v.categoryCode, year),
      communeId: await resolveCommuneInScope(tx, v.communeId, provinceIds),
      value,
      rawText: v.description,
      evidence: v.evidence,
    },
  };
}

/** Why a conditional change touched nothing: the entry is locked, or it is not one the actor may see. */
async function explainMiss(tx: Tx, id: string, provinceIds: string[]): Promise<never> {
  const row = await tx.result.findFirst({
    where: { id, origin: "MANUAL", provinceId: { in: provinceIds } },
    select: { status: true },
  });
  if (!row) throw new NotFoundError(libText("errors.theResultWasNotFound"));
  throw new WorkflowError(row.status === "APPROVED" ? LOCKED : libText("errors.resultUpdatedElsewhere"));
}

const editable = (id: string, provinceIds: string[]) => ({
  id,
  origin: "MANUAL" as const,
  status: "DRAFT" as const,
  provinceId: { in: provinceIds },
});

export async function createResultEntry(actor: Actor, input: unknown): Promise<string> {
  assertCan(actor, "results.enter");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const provinceIds = await managedProvinceIds(tx, actor);
    const { data, indicator } = await columns(tx, actor, input, provinceIds);
    const row = await tx.result.create({
      data: {
        ...data,
        provinceId: homeProvinceId(actor),
        agencyId: actor.agencyId,
        origin: "MANUAL",
        status: "DRAFT",
        source: "Nhập thủ công",
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "result.create",
      entity: "Result",
      entityId: row.id,
      data: { indicator: indicator.code, year: data.year, value: data.value.toString() },
    });
    return row.id;
  });
}

export async function updateResultEntry(actor: Actor, id: string, input: unknown): Promise<void> {
  assertCan(actor, "results.enter");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const provinceIds = await managedProvinceIds(tx, actor);
    const { data, indicator } = await columns(tx, actor, input, provinceIds);
    const before = await tx.result.findFirst({ where: editable(id, provinceIds), select: { value: true } });
    const updated = await tx.result.updateMany({ where: editable(id, provinceIds), data });
    if (updated.count !== 1) await explainMiss(tx, id, provinceIds);
    await writeAudit(tx, actor, {
      action: "result.update",
      entity: "Result",
      entityId: id,
      // The old figure stays in the trail (a correction after a reopening reads old → new here).
      data: {
        indicator: indicator.code,
        year: data.year,
        value: data.value.toString(),
        previousValue: before?.value.toString() ?? null,
      },
    });
  });
}

export async function deleteResultEntry(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "results.enter");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const provinceIds = await managedProvinceIds(tx, actor);
    const deleted = await tx.result.deleteMany({ where: editable(id, provinceIds) });
    if (deleted.count !== 1) await explainMiss(tx, id, provinceIds);
    await writeAudit(tx, actor, { action: "result.delete", entity: "Result", entityId: id });
  });
}

/** A leader approves a draft entry; from then on it counts on the dashboard and is locked. */
export async function approveResultEntry(actor: Actor, id: string, now = new Date()): Promise<void> {
  assertCan(actor, "results.approve");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const provinceIds = await managedProvinceIds(tx, actor);
    const updated = await tx.result.updateMany({
      where: editable(id, provinceIds),
      data: { status: "APPROVED", approvedById: actor.id, approvedAt: now },
    });
    if (updated.count !== 1) {
      const row = await tx.result.findFirst({
        where: { id, origin: "MANUAL", provinceId: { in: provinceIds } },
        select: { status: true },
      });
      if (!row) throw new NotFoundError(libText("errors.theResultWasNotFound"));
      throw new WorkflowError(libText("errors.thisResultWasAlreadyApproved"));
    }
    await writeAudit(tx, actor, {
      action: "result.approve",
      entity: "Result",
      entityId: id,
      data: { from: "DRAFT", to: "APPROVED" },
    });
  });
}
