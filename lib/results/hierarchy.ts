import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError, WorkflowError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import { managedProvinceIds } from "@/lib/results/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { libText } from "@/lib/i18n/lib-token";

// Approval up the hierarchy (issue 19). A result is approved by the province (status APPROVED: locked for the
// province's staff) and then accepted by the ministry (nationalAcceptedAt: locked for the province too) — every
// indicator of the catalogue is one the province reports to the ministry (quarterly report on khuyến công in the
// province, ND 45/2012 Art. 16.1.i; domain.md §6.1), so every one goes up both levels. A correction after a
// lock reopens the figure with a reason, one level at a time: the ministry reopens what it accepted, the province
// reopens what it approved (back to DRAFT, editable again). The reopening's audit row keeps the old figure, and the
// edit after it records the old and the new value.

/** Indicators the ministry accepts: the whole catalogue (a narrower set would be a condition here). */
export const NATIONAL_INDICATOR: Prisma.IndicatorWhereInput = {};

const reasonSchema = z.object({
  id: z.string().trim().min(1).max(60),
  reason: z.string().trim().min(10, libText("validation.writeTheReasonForReopening")).max(2000),
});

const acceptSchema = z.object({
  provinceId: z.string().trim().min(1).max(60),
  year: z.coerce.number().int().min(2000).max(2100),
});

export type NationalAcceptanceRow = {
  provinceId: string;
  province: string;
  year: number;
  awaiting: number;
  accepted: number;
};

/** For the ministry: per province and year, national-indicator results approved by the province, awaiting or accepted. */
export async function listNationalAcceptance(actor: Actor): Promise<NationalAcceptanceRow[]> {
  assertCan(actor, "results.acceptNational");
  const db = await getDb();
  const rows = await db.result.groupBy({
    by: ["provinceId", "year"],
    where: { status: "APPROVED", provinceId: { not: null }, year: { not: null }, indicator: NATIONAL_INDICATOR },
    _count: { _all: true, nationalAcceptedAt: true },
  });
  const names = new Map(
    (
      await db.adminUnit.findMany({
        where: { id: { in: rows.map((r) => r.provinceId!).filter(Boolean) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  return rows
    .map((r) => ({
      provinceId: r.provinceId!,
      province: names.get(r.provinceId!) ?? "—",
      year: r.year!,
      awaiting: r._count._all - r._count.nationalAcceptedAt,
      accepted: r._count.nationalAcceptedAt,
    }))
    .sort((a, b) => b.year - a.year || a.province.localeCompare(b.province, "vi"));
}

/** The ministry accepts every province-approved figure of national indicators for one province and year. */
export async function acceptNationalResults(actor: Actor, input: unknown, now = new Date()): Promise<number> {
  assertCan(actor, "results.acceptNational");
  const v = parseOrThrow(acceptSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const r = await tx.result.updateMany({
      where: {
        provinceId: v.provinceId,
        year: v.year,
        status: "APPROVED",
        nationalAcceptedAt: null,
        indicator: NATIONAL_INDICATOR,
      },
      data: { nationalAcceptedAt: now, nationalAcceptedById: actor.id },
    });
    if (r.count === 0) throw new WorkflowError(libText("errors.noResultsOfThisProvince"));
    await writeAudit(tx, actor, {
      action: "result.acceptNational",
      entity: "AdminUnit",
      entityId: v.provinceId,
      data: { year: v.year, results: r.count },
    });
    return r.count;
  });
}

/**
 * Reopens a locked figure with a reason, one level: the ministry lifts its acceptance; the province (a leader who
 * approves results) sends an approved manual figure back to DRAFT — refused while the ministry's acceptance stands.
 */
export async function reopenResult(actor: Actor, input: unknown): Promise<"national" | "province"> {
  const v = parseOrThrow(reasonSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.result.findUnique({
      where: { id: v.id },
      select: {
        id: true,
        status: true,
        origin: true,
        value: true,
        provinceId: true,
        nationalAcceptedAt: true,
        indicator: { select: { code: true } },
      },
    });
    if (!row) throw new NotFoundError(libText("errors.theResultWasNotFound"));
    const old = { value: row.value.toString(), indicator: row.indicator.code };
    if (actor.role === "MINISTRY_VIEWER") {
      assertCan(actor, "results.acceptNational");
      const done = await tx.result.updateMany({
        where: { id: row.id, nationalAcceptedAt: { not: null } },
        data: { nationalAcceptedAt: null, nationalAcceptedById: null },
      });
      if (done.count !== 1) throw new WorkflowError(libText("errors.theMinistryHasNotAccepted"));
      await writeAudit(tx, actor, {
        action: "result.reopenNational",
        entity: "Result",
        entityId: row.id,
        reason: v.reason,
        data: { ...old, acceptedAt: row.nationalAcceptedAt?.toISOString() ?? null },
      });
      return "national";
    }
    assertCan(actor, "results.approve");
    const provinceIds = await managedProvinceIds(tx, actor);
    if (!row.provinceId || !provinceIds.includes(row.provinceId))
      throw new NotFoundError(libText("errors.theResultWasNotFound"));
    if (row.nationalAcceptedAt) throw new WorkflowError(libText("errors.theMinistryOfIndustryAnd"));
    if (row.origin !== "MANUAL") throw new WorkflowError(libText("errors.aResultFromAcceptanceMinutes"));
    const done = await tx.result.updateMany({
      where: { id: row.id, status: "APPROVED", nationalAcceptedAt: null },
      data: { status: "DRAFT", approvedAt: null, approvedById: null },
    });
    if (done.count !== 1) throw new WorkflowError(libText("errors.thisResultIsNotApproved"));
    await writeAudit(tx, actor, {
      action: "result.reopen",
      entity: "Result",
      entityId: row.id,
      reason: v.reason,
      data: old,
    });
    return "province";
  });
}

/** For the ministry: the figures it accepted most recently (each can be reopened with a reason). */
export async function listRecentlyAccepted(actor: Actor, take = 30) {
  assertCan(actor, "results.acceptNational");
  const db = await getDb();
  return db.result.findMany({
    where: { nationalAcceptedAt: { not: null }, indicator: NATIONAL_INDICATOR },
    orderBy: { nationalAcceptedAt: "desc" },
    take,
    select: {
      id: true,
      value: true,
      year: true,
      nationalAcceptedAt: true,
      indicator: { select: { name: true, unit: true } },
      province: { select: { name: true } },
    },
  });
}
