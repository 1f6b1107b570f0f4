import "server-only";
import { dbRead } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { formatMoneyShort } from "@/lib/metrics/format";
import { resolveDashboardScope } from "@/lib/territory/scope";
import { proposalTotalsCte } from "@/lib/dashboard/proposal-totals-sql";

export type ProvinceTotalDto = {
  code: string | null;
  name: string;
  count: number;
  committed: string;
  display: { committed: string; disbursed: string; counterpart: string };
};

type Row = {
  code: string | null;
  name: string | null;
  n: number;
  committed: bigint;
  disbursed: bigint;
  counterpart: bigint;
};

/**
 * The ministry's national overview: per current province (historic provinces counted under their
 * successor), the đề án approved in the window and their money — the same figures as each province's
 * dashboard (same roll-up), which the row links to. Official figures only: đề án with illustrative amounts
 * are left out. The total adds the provinces' own đề án of the same window; provinces with none on the
 * portal are named as missing rather than counted as 0.
 */
export async function listProvinceTotals(
  actor: Actor,
  w: { startYear: number; endYear: number },
): Promise<{ rows: ProvinceTotalDto[]; total: ProvinceTotalDto; missing: string[] }> {
  assertCan(actor, "proposal.viewNational");
  const db = await dbRead();
  const scope = await resolveDashboardScope(db, actor, { province: null });
  const all = {
    startYear: w.startYear,
    endYear: w.endYear,
    year: null,
    fund: null,
    category: null,
    commune: null,
    province: null,
  };
  const [rows, provinces] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH RECURSIVE ${proposalTotalsCte(scope, all, { yearFrom: w.startYear, yearTo: w.endYear })}
      SELECT pu.code, pu.name, SUM(pt.n)::int AS n, SUM(pt.committed)::bigint AS committed,
        SUM(pt.disbursed)::bigint AS disbursed, SUM(pt.counterpart)::bigint AS counterpart
      FROM pt LEFT JOIN "AdminUnit" pu ON pu.id = pt."provinceId"
      GROUP BY 1, 2`,
    db.adminUnit.findMany({
      where: { level: "PROVINCE", validTo: null },
      orderBy: { name: "asc" },
      select: { code: true, name: true },
    }),
  ]);
  const dto = (code: string | null, name: string, r: Omit<Row, "code" | "name"> | undefined): ProvinceTotalDto => ({
    code,
    name,
    count: r?.n ?? 0,
    committed: (r?.committed ?? 0n).toString(),
    display: {
      committed: formatMoneyShort(r?.committed ?? 0n),
      disbursed: formatMoneyShort(r?.disbursed ?? 0n),
      counterpart: formatMoneyShort(r?.counterpart ?? 0n),
    },
  });
  const list = provinces.map((p) =>
    dto(
      p.code,
      p.name,
      rows.find((r) => r.code === p.code),
    ),
  );
  const central = rows.find((r) => r.code === null);
  if (central) list.push(dto(null, "Cơ quan trung ương", central));
  const sum = (k: "committed" | "disbursed" | "counterpart") => rows.reduce((s, r) => s + r[k], 0n);
  const missing = list.filter((r) => r.code && r.count === 0).map((r) => r.name);
  const total = dto(null, missing.length ? "Tổng các tỉnh có số liệu" : "Toàn quốc", {
    n: rows.reduce((s, r) => s + r.n, 0),
    committed: sum("committed"),
    disbursed: sum("disbursed"),
    counterpart: sum("counterpart"),
  });
  return { rows: list, total, missing };
}
