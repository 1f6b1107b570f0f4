import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { periodLabel } from "@/lib/metrics/period";
import type { DashboardScope } from "@/lib/territory/scope";
import type { Window } from "@/lib/dashboard/results-sql";

type Q = PrismaClient | Tx;
type Option = { value: string; label: string };

/** Programme periods a user may look at: those of their provinces and the national ones. */
export async function loadPeriods(db: Q, scope: DashboardScope): Promise<Array<Window & { code: string }>> {
  const rows = await db.programme.findMany({
    where:
      scope.provinceIds === null
        ? {}
        : { OR: [{ scope: "NATIONAL" }, { agency: { provinceId: { in: scope.provinceIds } } }] },
    select: { code: true, startYear: true, endYear: true },
    orderBy: [{ startYear: "asc" }, { endYear: "asc" }],
  });
  return rows;
}

/**
 * The period before the current one, only as the data defines it: the programme of the scope that ends the
 * year before (Vĩnh Phúc 2014–2020 before 2021–2025). None when no programme does (a label such as
 * "2009–2013" is never invented), nor when programmes of the scope define it differently (Vĩnh Phúc
 * 2014–2020 and another province's 2016–2020 are not one period).
 */
export function previousWindow(periods: Window[], current: Window): Window | null {
  const starts = new Set(periods.filter((p) => p.endYear === current.startYear - 1).map((p) => p.startYear));
  if (starts.size !== 1) return null;
  return { startYear: [...starts][0] as number, endYear: current.startYear - 1 };
}

export function periodOptions(periods: Window[], current: Window): Option[] {
  const seen = new Map<string, Option>();
  for (const p of [...periods, { startYear: 2021, endYear: 2025 }, { startYear: 2026, endYear: 2030 }, current]) {
    const value = `${p.startYear}-${p.endYear}`;
    seen.set(value, { value, label: periodLabel(p.startYear, p.endYear) });
  }
  return [...seen.values()].sort((a, b) => a.value.localeCompare(b.value));
}

export async function loadFilterOptions(
  db: Q,
  scope: DashboardScope,
  isMinistry: boolean,
): Promise<{ categories: Option[]; communes: Option[]; provinces: Option[] }> {
  const [cats, communes, provinces] = await Promise.all([
    db.activityCategory.findMany({
      select: { code: true, name: true, validTo: true },
      orderBy: [{ contentNo: "asc" }, { validFrom: "desc" }],
    }),
    scope.provinceIds === null
      ? Promise.resolve([])
      : db.adminUnit.findMany({
          where: { level: "COMMUNE", validTo: null, parentId: { in: scope.provinceIds } },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        }),
    isMinistry
      ? db.adminUnit.findMany({
          where: { level: "PROVINCE", validTo: null },
          select: { code: true, name: true },
          orderBy: { name: "asc" },
        })
      : Promise.resolve([]),
  ]);
  const byCode = new Map<string, Option>();
  for (const c of cats) if (!byCode.has(c.code)) byCode.set(c.code, { value: c.code, label: c.name });
  return {
    categories: [...byCode.values()],
    communes: communes.map((c) => ({ value: c.id, label: c.name })),
    provinces: provinces.map((p) => ({ value: p.code, label: p.name })),
  };
}
