// SQL over the ledger. Totals are always aggregates of LedgerEntry lines, so they cannot disagree with them.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";

export type LedgerSums = {
  commitment: bigint;
  advances: bigint;
  finalPayments: bigint;
  refunds: bigint;
  counterpart: bigint;
  /** Advances + final payments − refunds. */
  netPaid: bigint;
};

const big = (v: unknown): bigint => (v === null || v === undefined ? 0n : BigInt(String(v)));

export async function ledgerSums(tx: Tx, proposalId: string): Promise<LedgerSums> {
  const rows = await tx.$queryRaw<Array<Record<string, unknown>>>`
    SELECT
      COALESCE(SUM("amount") FILTER (WHERE "kind" = 'COMMITMENT'), 0)::text AS commitment,
      COALESCE(SUM("amount") FILTER (WHERE "kind" = 'ADVANCE'), 0)::text AS advances,
      COALESCE(SUM("amount") FILTER (WHERE "kind" = 'FINAL_PAYMENT'), 0)::text AS "finalPayments",
      COALESCE(SUM("amount") FILTER (WHERE "kind" = 'REFUND'), 0)::text AS refunds,
      COALESCE(SUM("amount") FILTER (WHERE "kind" = 'COUNTERPART'), 0)::text AS counterpart
    FROM "LedgerEntry" WHERE "proposalId" = ${proposalId}`;
  const r = rows[0] ?? {};
  const sums = {
    commitment: big(r.commitment),
    advances: big(r.advances),
    finalPayments: big(r.finalPayments),
    refunds: big(r.refunds),
    counterpart: big(r.counterpart),
  };
  return { ...sums, netPaid: sums.advances + sums.finalPayments - sums.refunds };
}

/**
 * Locks the đề án row until the transaction ends and returns its current state. Every posting on one đề
 * án takes this lock first, so concurrent postings are serialised and each sees the others' lines:
 * the cap check below it cannot be raced (SELECT … FOR UPDATE; READ COMMITTED re-reads after the wait).
 */
export async function lockProposal(
  tx: Tx,
  proposalId: string,
): Promise<{ status: ProposalStatus; approvedSupport: bigint | null }> {
  const rows = await tx.$queryRaw<Array<{ status: ProposalStatus; approvedSupport: unknown }>>`
    SELECT "status", "approvedSupport"::text AS "approvedSupport" FROM "Proposal" WHERE "id" = ${proposalId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new NotFoundError();
  return { status: row.status, approvedSupport: row.approvedSupport === null ? null : big(row.approvedSupport) };
}

export type LedgerTotalsRow = {
  planId: string | null;
  planName: string | null;
  fund: string;
  year: number;
  provinceId: string | null;
  provinceName: string | null;
  proposals: number;
  commitment: bigint;
  advances: bigint;
  finalPayments: bigint;
  refunds: bigint;
  counterpart: bigint;
  netPaid: bigint;
};

/**
 * Totals per plan, fund, year and province over the đề án matching `where` — a SQL condition on "Proposal" p joined
 * to its "Agency" a (the caller's scope, lib/proposals/scope.ts proposalScopeSql): the whole scope, never a page.
 */
export async function ledgerTotals(tx: Tx, where: Prisma.Sql): Promise<LedgerTotalsRow[]> {
  const rows = await tx.$queryRaw<Array<Record<string, unknown>>>`
    SELECT p."planId", ap."name" AS "planName", p."fund"::text AS fund, p."year", a."provinceId", u."name" AS "provinceName",
      COUNT(DISTINCT p."id")::int AS proposals,
      COALESCE(SUM(l."amount") FILTER (WHERE l."kind" = 'COMMITMENT'), 0)::text AS commitment,
      COALESCE(SUM(l."amount") FILTER (WHERE l."kind" = 'ADVANCE'), 0)::text AS advances,
      COALESCE(SUM(l."amount") FILTER (WHERE l."kind" = 'FINAL_PAYMENT'), 0)::text AS "finalPayments",
      COALESCE(SUM(l."amount") FILTER (WHERE l."kind" = 'REFUND'), 0)::text AS refunds,
      COALESCE(SUM(l."amount") FILTER (WHERE l."kind" = 'COUNTERPART'), 0)::text AS counterpart
    FROM "LedgerEntry" l
    JOIN "Proposal" p ON p."id" = l."proposalId"
    JOIN "Agency" a ON a."id" = p."agencyId"
    LEFT JOIN "AnnualPlan" ap ON ap."id" = p."planId"
    LEFT JOIN "AdminUnit" u ON u."id" = a."provinceId"
    WHERE ${where}
    GROUP BY p."planId", ap."name", p."fund", p."year", a."provinceId", u."name"
    ORDER BY p."year" DESC, u."name", p."fund"`;
  return rows.map((r) => {
    const advances = big(r.advances),
      finalPayments = big(r.finalPayments),
      refunds = big(r.refunds);
    return {
      planId: (r.planId as string | null) ?? null,
      planName: (r.planName as string | null) ?? null,
      fund: String(r.fund),
      year: Number(r.year),
      provinceId: (r.provinceId as string | null) ?? null,
      provinceName: (r.provinceName as string | null) ?? null,
      proposals: Number(r.proposals),
      commitment: big(r.commitment),
      advances,
      finalPayments,
      refunds,
      counterpart: big(r.counterpart),
      netPaid: advances + finalPayments - refunds,
    };
  });
}
