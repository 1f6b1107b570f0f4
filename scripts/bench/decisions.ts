// Approval decisions by 50 concurrent signers through the real mutation (lib/decisions approveProposal:
// scope, signer, plan + envelope commitment, status transition, numbered decision, audit, notifications).
// A share of the đề án is queued twice so that racing signers hit the same dossier: afterwards every
// dossier must hold exactly one APPROVE decision and one APPROVED status — nothing lost, nothing doubled — and every
// decision its own number (unique per issuer and year: numberKey + seq; the printed "07/QĐ-SCT" repeats across them).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { approveProposal } from "@/lib/decisions/mutations";
import { isExpectedError } from "@/lib/errors";
import { metric, percentile } from "./stats";
import { vacuumFirst } from "./db-setup";

async function leaders(prisma: PrismaClient): Promise<Actor[]> {
  const rows = await prisma.user.findMany({
    where: { role: "LEADER", active: true, email: { endsWith: "@bench.vn" } },
    orderBy: { email: "asc" },
    select: {
      id: true,
      name: true,
      role: true,
      agencyId: true,
      establishmentId: true,
      agency: { select: { provinceId: true } },
    },
  });
  // Signers who confirmed their second factor at sign-in (issue 22 step-up), as in the portal.
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    role: u.role,
    agencyId: u.agencyId,
    provinceId: u.agency?.provinceId ?? null,
    establishmentId: u.establishmentId,
    secondFactorAt: new Date(),
  }));
}

/**
 * Fresh recommended đề án so that every run decides the same amount of work: copies of a generated 2026 one per
 * agency, each for a different establishment of the agency's province that holds no đề án of its own yet (as a new
 * applicant would: the double-funding check then reads that establishment's earlier support, like any approval), with
 * the template's budget lines (the check compares cost kinds).
 */
async function prepare(prisma: PrismaClient, perAgency: number, tag: string): Promise<Map<string, string[]>> {
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Proposal" (id, code, title, "activityCategoryId", "establishmentId", "agencyId", "communeId", fund, pipeline, year, status,
      "totalCost", "requestedSupport", counterpart, "attestCounterpart", "attestNoDoubleFunding", "searchText", fictional, source, "submittedAt", "updatedAt")
    SELECT '${tag}_' || a.id || '_' || e.n, '${tag}-' || a.code || '-' || e.n, 'Đề án đo tải ' || e.n, p."activityCategoryId", e.id, a.id, p."communeId",
      'KCDP', 'LOCAL', 2026, 'RECOMMENDED', 400000000, 150000000, 250000000, true, true, 'de an do tai', true, 'bench', now(), now()
    FROM "Agency" a JOIN LATERAL (SELECT * FROM "Proposal" q WHERE q."agencyId" = a.id AND q.source = 'data:generate' LIMIT 1) p ON TRUE
    JOIN LATERAL (
      SELECT e.id, row_number() OVER (ORDER BY e.id) AS n FROM "Establishment" e JOIN "AdminUnit" c ON c.id = e."communeId"
      WHERE COALESCE(c."parentId", c.id) = a."provinceId" AND NOT EXISTS (SELECT 1 FROM "Proposal" x WHERE x."establishmentId" = e.id)
      ORDER BY e.id LIMIT ${perAgency}) e ON TRUE
    WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."agencyId" = a.id AND u.email LIKE 'lanhdao.b%@bench.vn')`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "BudgetLine" (id, "proposalId", position, item, "costKind", quantity, unit, "unitPrice", total, "requestedSupport", counterpart)
    SELECT c.id || '_' || l.position, c.id, l.position, l.item, l."costKind", l.quantity, l.unit, l."unitPrice", l.total, l."requestedSupport", l.counterpart
    FROM "Proposal" c
    JOIN LATERAL (SELECT q.id FROM "Proposal" q WHERE q."agencyId" = c."agencyId" AND q.source = 'data:generate' LIMIT 1) t ON TRUE
    JOIN "BudgetLine" l ON l."proposalId" = t.id
    WHERE c.id LIKE '${tag}\\_%'`);
  // Room in the 2026 envelopes for everything the run may approve.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "BudgetEnvelope" (id, "agencyId", year, fund, amount, committed, source, "updatedAt")
    SELECT 'benv_' || id || '_2026_KCDP', id, 2026, 'KCDP', 1000000000000000, 0, 'bench', now() FROM "Agency" WHERE id IN (SELECT "agencyId" FROM "Proposal" WHERE source = 'bench')
    ON CONFLICT ("agencyId", year, fund) DO UPDATE SET amount = "BudgetEnvelope".committed + 1000000000000000`);
  // Earlier runs leave dead rows behind in the tables a decision writes.
  await vacuumFirst(
    (q) => prisma.$executeRawUnsafe(q),
    ["Proposal", "ProposalTotal", "BudgetEnvelope", "SequenceCounter", "AnnualPlan"],
  );
  const rows = await prisma.proposal.findMany({
    where: { id: { startsWith: `${tag}_` } },
    select: { id: true, agencyId: true },
  });
  const byAgency = new Map<string, string[]>();
  for (const r of rows) byAgency.set(r.agencyId, [...(byAgency.get(r.agencyId) ?? []), r.id]);
  return byAgency;
}

/** The triggers a decision fires (its status UPDATE and its event INSERT): off only to measure their share. */
const DECISION_TRIGGERS = [
  ["Proposal", "proposal_totals_update"],
  ["Proposal", "owner_result_totals_proposal_update"],
  ["Proposal", "proposal_status_counts_update"],
  ["ProposalEvent", "proposal_event_national_sync"],
] as const;

export async function benchDecisions(
  prisma: PrismaClient,
  opts: { workers: number; total: number; duplicateShare: number; triggers?: boolean },
): Promise<void> {
  setDbForTesting(prisma);
  const triggers = opts.triggers ?? true;
  metric("decisions_triggers", triggers ? "on" : "off", "(roll-up and national-sync triggers)");
  if (!triggers)
    for (const [table, name] of DECISION_TRIGGERS)
      await prisma.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER ${name}`);
  try {
    await run(prisma, opts);
  } finally {
    if (!triggers) {
      for (const [table, name] of DECISION_TRIGGERS)
        await prisma.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER ${name}`);
      // The roll-ups missed this run's approvals: made again from the rows (the skipped national-sync rows of the
      // bench's own đề án are not made up; they are illustrative copies).
      await prisma.$executeRawUnsafe(`SELECT proposal_totals_rebuild()`);
      await prisma.$executeRawUnsafe(`SELECT owner_result_totals_rebuild()`);
      await prisma.$executeRawUnsafe(`SELECT proposal_status_counts_rebuild()`);
    }
  }
}

async function run(
  prisma: PrismaClient,
  opts: { workers: number; total: number; duplicateShare: number },
): Promise<void> {
  const signers = await leaders(prisma);
  const tag = `bb${Date.now().toString(36)}`;
  const agencies = new Set(signers.map((s) => s.agencyId));
  const byAgency = await prepare(prisma, Math.ceil(opts.total / agencies.size), tag);
  // One queue per agency; each dossier once, a share of them twice (racing signers).
  const queues = new Map<string, string[]>();
  let k = 0;
  for (const [agencyId, ids] of byAgency) {
    const q: string[] = [];
    for (const id of ids) {
      q.push(id);
      if ((k++ * 7919) % 1000 < opts.duplicateShare * 1000) q.splice(Math.max(0, q.length - 3), 0, id);
    }
    queues.set(agencyId, q);
  }
  const latencies: number[] = [];
  let ok = 0,
    conflicts = 0;
  const unexpected: string[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: opts.workers }, async (_, w) => {
      const actor = signers[w % signers.length]!;
      const q = queues.get(actor.agencyId ?? "") ?? [];
      for (let id = q.shift(); id; id = q.shift()) {
        const t = performance.now();
        try {
          await approveProposal(actor, { proposalId: id, reason: "Phù hợp kế hoạch khuyến công năm 2026." });
          ok++;
          latencies.push(performance.now() - t);
        } catch (e) {
          if (isExpectedError(e)) conflicts++;
          else unexpected.push(e instanceof Error ? e.message : String(e));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // The portal's own share of the work (this process: the mutation, Prisma, the pg driver), per decision.
  const nodeCpuMs = (used.user + used.system) / 1000;
  const check = await prisma.$queryRawUnsafe<
    Array<{ proposals: bigint; approved: bigint; decisions: bigint; doubled: bigint; numbers: bigint }>
  >(`
    SELECT count(*) AS proposals, count(*) FILTER (WHERE p.status = 'APPROVED') AS approved,
      (SELECT count(*) FROM "Decision" d WHERE d."proposalId" LIKE '${tag}\\_%' AND d.kind = 'APPROVE') AS decisions,
      (SELECT count(*) FROM (SELECT "proposalId" FROM "Decision" WHERE "proposalId" LIKE '${tag}\\_%' GROUP BY 1 HAVING count(*) > 1) x) AS doubled,
      (SELECT count(DISTINCT ("numberKey", seq)) FROM "Decision" d WHERE d."proposalId" LIKE '${tag}\\_%') AS numbers
    FROM "Proposal" p WHERE p.id LIKE '${tag}\\_%'`);
  const c = check[0]!;
  const lost = Number(c.proposals) - Number(c.approved);
  metric("decisions_workers", opts.workers, "concurrent");
  metric("decisions_per_second", ok / seconds, "decisions/s");
  metric("decisions_node_cpu_per_decision", Math.round((nodeCpuMs / Math.max(1, ok)) * 100) / 100, "ms");
  metric(
    "decisions_wall_per_decision_per_worker",
    Math.round(((seconds * 1000 * opts.workers) / Math.max(1, ok)) * 100) / 100,
    "ms",
  );
  metric("decisions_p95_latency", percentile(latencies, 95), "ms");
  metric("decisions_made", ok, "decisions");
  metric("decisions_refused_races", conflicts, "attempts");
  metric("decisions_lost", lost + (ok - Number(c.decisions)), "decisions");
  metric("decisions_doubled", Number(c.doubled) + (Number(c.decisions) - Number(c.numbers)), "decisions");
  if (unexpected.length) {
    metric("decisions_unexpected_errors", unexpected.length, "errors");
    console.error(unexpected.slice(0, 5).join("\n"));
  }
}
