import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { formatIndicatorValue } from "@/lib/metrics/format";
import { periodLabel } from "@/lib/metrics/period";
import { managedProvinceIds } from "@/lib/results/scope";
import { targetScope } from "@/lib/results/targets";
import { valueToInput } from "@/lib/results/value";
import type { EntryOptions, FormValues, ResultEntryDto, TargetRowDto } from "@/lib/results/dto";
import { decodeCursor, encodeCursor, splitPage } from "@/lib/paging/cursor";
import { libText } from "@/lib/i18n/lib-token";

function assertResultsReader(actor: Actor): void {
  if (!can(actor.role, "results.enter") && !can(actor.role, "results.approve")) throw new ForbiddenError();
}

const indicatorSelect = { code: true, name: true, unit: true, isMoney: true, valueScale: true } as const;

const entrySelect = {
  id: true,
  year: true,
  startYear: true,
  endYear: true,
  value: true,
  atLeast: true,
  rawText: true,
  evidence: true,
  fund: true,
  status: true,
  communeId: true,
  createdById: true,
  approvedById: true,
  approvedAt: true,
  nationalAcceptedAt: true,
  createdAt: true,
  indicator: { select: indicatorSelect },
  activityCategory: { select: { code: true, name: true } },
} as const;

type EntryRow = Prisma.ResultGetPayload<{ select: typeof entrySelect }>;

/** Rows to DTOs, with the names of people and communes looked up in one round trip each. */
async function toDtos(db: Db, rows: EntryRow[]): Promise<ResultEntryDto[]> {
  const userIds = [
    ...new Set(rows.flatMap((r) => [r.createdById, r.approvedById]).filter((x): x is string => Boolean(x))),
  ];
  const communeIds = [...new Set(rows.map((r) => r.communeId).filter((x): x is string => Boolean(x)))];
  const [users, communes] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db.adminUnit.findMany({ where: { id: { in: communeIds } }, select: { id: true, name: true } }),
  ]);
  const userName = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? null) : null);
  return rows.map((r) => ({
    id: r.id,
    indicatorCode: r.indicator.code,
    indicatorName: r.indicator.name,
    period: periodLabel(r.startYear, r.endYear),
    year: r.year,
    display: formatIndicatorValue(r.value, r.indicator, r.atLeast),
    description: r.rawText,
    evidence: r.evidence,
    commune: r.communeId ? (communes.find((c) => c.id === r.communeId)?.name ?? null) : null,
    category: r.activityCategory?.name ?? null,
    fund: r.fund,
    status: r.status,
    createdBy: userName(r.createdById),
    approvedBy: userName(r.approvedById),
    approvedAt: r.approvedAt?.toISOString() ?? null,
    nationalAcceptedAt: r.nationalAcceptedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Rows per page of the manual results list (issue 21: it was 200 rows, 614 KB, in one page). */
export const RESULTS_PAGE_SIZE = 50;

/** Manual entries of the actor's province (and its historic predecessors), newest first: the first page. */
export async function listResultEntries(
  actor: Actor,
  opts: { status?: "DRAFT" | "APPROVED" } = {},
): Promise<ResultEntryDto[]> {
  return (await pageResultEntries(actor, opts)).rows;
}

/**
 * One page of manual entries, newest first (keyset on createdAt ↓, id ↓), with the count of all of them and the
 * cursor of the next page (null on the last).
 */
export async function pageResultEntries(
  actor: Actor,
  opts: { status?: "DRAFT" | "APPROVED"; after?: unknown; pageSize?: number } = {},
): Promise<{ rows: ResultEntryDto[]; total: number; next: string | null }> {
  assertResultsReader(actor);
  const db = await getDb();
  const provinceIds = await managedProvinceIds(db, actor);
  const size = Math.min(Math.max(opts.pageSize ?? RESULTS_PAGE_SIZE, 1), 200);
  const where = {
    origin: "MANUAL" as const,
    provinceId: { in: provinceIds },
    ...(opts.status ? { status: opts.status } : {}),
  };
  const c = decodeCursor(opts.after, 2);
  const at = c ? new Date(c[0]!) : null;
  const after =
    c && at && !Number.isNaN(at.getTime())
      ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: c[1]! } }] }
      : {};
  const [found, total] = await Promise.all([
    db.result.findMany({
      where: { AND: [where, after] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: size + 1,
      select: entrySelect,
    }),
    db.result.count({ where }),
  ]);
  const page = splitPage(found, size);
  const last = page.rows[page.rows.length - 1];
  return {
    rows: await toDtos(db, page.rows),
    total,
    next: page.more && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

/** One entry as the form shows it; out of scope answers "not found". */
export async function getResultEntry(actor: Actor, id: string): Promise<{ values: FormValues; entry: ResultEntryDto }> {
  assertResultsReader(actor);
  const db = await getDb();
  const provinceIds = await managedProvinceIds(db, actor);
  const r = await db.result.findFirst({
    where: { id, origin: "MANUAL", provinceId: { in: provinceIds } },
    select: entrySelect,
  });
  if (!r) throw new NotFoundError(libText("errors.theResultWasNotFound"));
  const [entry] = await toDtos(db, [r]);
  if (!entry) throw new NotFoundError(libText("errors.theResultWasNotFound"));
  return {
    entry,
    values: {
      indicatorCode: r.indicator.code,
      period: `${r.startYear}-${r.endYear}`,
      year: r.year ? String(r.year) : "",
      fund: r.fund ?? "",
      categoryCode: r.activityCategory?.code ?? "",
      communeId: r.communeId ?? "",
      value: valueToInput(r.value, r.indicator),
      description: r.rawText ?? "",
      evidence: r.evidence ?? "",
    },
  };
}

/** Choices of the entry and target forms: the indicator catalogue, activities, communes of the province. */
export async function getEntryOptions(actor: Actor): Promise<EntryOptions> {
  assertResultsReader(actor);
  const db = await getDb();
  const provinceIds = await managedProvinceIds(db, actor);
  const [indicators, cats, communes] = await Promise.all([
    db.indicator.findMany({ orderBy: { position: "asc" }, select: indicatorSelect }),
    db.activityCategory.findMany({
      orderBy: [{ contentNo: "asc" }, { validFrom: "desc" }],
      select: { code: true, name: true },
    }),
    db.adminUnit.findMany({
      where: { level: "COMMUNE", validTo: null, parentId: { in: provinceIds } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const seen = new Set<string>();
  return {
    indicators: indicators.map((i) => ({
      value: i.code,
      label: `${i.name} (${i.isMoney ? "đồng" : i.unit})`,
      unit: i.unit,
      isMoney: i.isMoney,
    })),
    categories: cats
      .filter((c) => !seen.has(c.code) && seen.add(c.code))
      .map((c) => ({ value: c.code, label: c.name })),
    communes: communes.map((c) => ({ value: c.id, label: c.name })),
  };
}

/** Targets of a period in the actor's province (with the historic province merged into it). */
export async function listTargetRows(
  actor: Actor,
  period: { startYear: number; endYear: number },
): Promise<TargetRowDto[]> {
  assertCan(actor, "dashboard.view");
  const db = await getDb();
  const provinceIds = await managedProvinceIds(db, actor);
  const rows = await db.target.findMany({
    where: { AND: [targetScope(provinceIds), { startYear: period.startYear, endYear: period.endYear }] },
    orderBy: [{ indicator: { position: "asc" } }, { year: "asc" }],
    select: {
      id: true,
      startYear: true,
      endYear: true,
      year: true,
      fund: true,
      value: true,
      atLeast: true,
      rawText: true,
      source: true,
      note: true,
      indicator: { select: indicatorSelect },
      province: { select: { name: true } },
    },
  });
  return rows.map((t) => ({
    id: t.id,
    indicatorCode: t.indicator.code,
    indicatorName: t.indicator.name,
    period: periodLabel(t.startYear, t.endYear),
    year: t.year,
    fund: t.fund,
    display: formatIndicatorValue(t.value, t.indicator, t.atLeast),
    rawText: t.rawText,
    source: t.source,
    note: t.note,
    province: t.province?.name ?? null,
  }));
}

export async function getTargetValues(actor: Actor, id: string): Promise<FormValues> {
  assertCan(actor, "targets.manage");
  const db = await getDb();
  const provinceIds = await managedProvinceIds(db, actor);
  const t = await db.target.findFirst({
    where: { AND: [{ id }, targetScope(provinceIds)] },
    select: {
      startYear: true,
      endYear: true,
      year: true,
      fund: true,
      value: true,
      atLeast: true,
      rawText: true,
      source: true,
      note: true,
      indicator: { select: indicatorSelect },
    },
  });
  if (!t) throw new NotFoundError(libText("errors.theTargetWasNotFound"));
  return {
    indicatorCode: t.indicator.code,
    period: `${t.startYear}-${t.endYear}`,
    year: t.year ? String(t.year) : "",
    fund: t.fund ?? "",
    value: valueToInput(t.value, t.indicator),
    atLeast: t.atLeast ? "on" : "",
    rawText: t.rawText ?? "",
    source: t.source,
    note: t.note ?? "",
  };
}
