import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { vnDay } from "@/lib/dates";
import { proposalScope } from "@/lib/proposals/scope";
import { assertCanViewImplementation } from "@/lib/implementation/access";
import { loadCalendar } from "@/lib/db/calendar";
import { reportCompleteness, type Completeness } from "@/lib/metrics/report-completeness";

// The monthly progress reports owed by the contracts in the actor's scope, received and received on time, per
// implementing unit and per commune, with the late and missing ones listed (issue 19). A contract counts from its
// signing to its last acceptance; STOPPED đề án count until today (the stop ends the obligation only when recorded
// as an acceptance).

export type CompletenessFilter = { year: number | null };

export async function getReportCompleteness(
  actor: Actor,
  filter: CompletenessFilter,
  now = new Date(),
): Promise<Completeness & { contracts: number }> {
  assertCanViewImplementation(actor);
  const db = await getDb();
  const rows = await db.proposal.findMany({
    where: {
      AND: [
        proposalScope(actor),
        { status: { in: ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED", "STOPPED"] } },
        { contract: { isNot: null } },
        filter.year ? { year: filter.year } : {},
      ],
    },
    select: {
      id: true,
      code: true,
      title: true,
      implementingUnit: true,
      establishment: { select: { name: true } },
      commune: { select: { name: true } },
      contract: { select: { signedAt: true } },
      acceptances: { select: { acceptedAt: true }, orderBy: { acceptedAt: "desc" }, take: 1 },
      progressReports: { select: { period: true, submittedAt: true } },
    },
    take: 20_000,
  });
  const cal = await loadCalendar(db);
  const result = reportCompleteness(
    rows.map((p) => ({
      proposalId: p.id,
      code: p.code,
      title: p.title,
      unit: p.implementingUnit ?? p.establishment?.name ?? "—",
      commune: p.commune?.name ?? "—",
      signedAt: p.contract!.signedAt,
      endedAt: p.acceptances[0]?.acceptedAt ?? null,
      reports: p.progressReports.map((r) => ({ period: r.period, filedOn: vnDay(r.submittedAt) })),
    })),
    vnDay(now),
    cal,
  );
  return { ...result, contracts: rows.length };
}
