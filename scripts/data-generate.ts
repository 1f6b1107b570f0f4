// `npm run data:generate -- --scale national|province [--database-url …] [--seed 2025]`
// A deterministic national picture for benchmarks: 34 provinces, 2012–2026, ~150,000 đề án with budget
// lines and histories, ~400,000 establishments, ~2,000,000 results. Everything is made by a handful of
// INSERT … SELECT generate_series statements inside PostgreSQL, so it takes minutes on 2 cores.
import pg from "pg";
import { seedFoundation } from "@/prisma/seed/foundation";
import { freshMigratedDatabase, parseArgs, prismaFor, type Scale } from "./bench/db-setup";
import { PROVINCES } from "./bench/gen-catalogue";
import {
  DROP_FUNCTIONS,
  ESTABLISHMENTS_SQL,
  LINES_AND_HISTORY_SQL,
  MONEY_SQL,
  PROPOSALS_SQL,
  functionsSql,
  geographySql,
  resultsSql,
  vocabularySql,
} from "./bench/gen-sql";

const SIZES: Record<Scale, { provinces: number; establishments: number; proposals: number; results: number }> = {
  national: { provinces: 34, establishments: 400_000, proposals: 150_000, results: 2_000_000 },
  // One province (Phú Thọ) cut from the national picture: the same shares, numbering and generator, so its own
  // establishments and đề án are the national data set's (issue 21: a province's cost is compared between the two);
  // its results are drawn for ~1/34 of the national count (their commune share differs).
  province: { provinces: 1, establishments: 400_000, proposals: 150_000, results: 60_000 },
};

async function step(c: pg.Client, label: string, sql: string): Promise<void> {
  const t = performance.now();
  await c.query(sql);
  console.log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  const { scale, url, seed } = parseArgs(process.argv.slice(2));
  const size = SIZES[scale];
  const t0 = performance.now();
  console.log(`Tạo dữ liệu quy mô ${scale} vào ${url}`);
  console.log(`  migrate: ${await freshMigratedDatabase(url)}`);
  const prisma = prismaFor(url, 4);
  await seedFoundation(prisma);
  const hash = (
    await prisma.user.findUniqueOrThrow({ where: { email: "lanhdao@demo.vn" }, select: { passwordHash: true } })
  ).passwordHash;
  await prisma.$disconnect();
  console.log("  foundation seed: done");

  // Province scale: Phú Thọ alone (the demo province), its share of the national picture.
  const only = scale === "national" ? null : ["25"];
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(
      "SET synchronous_commit = off; SET work_mem = '128MB'; SET maintenance_work_mem = '512MB'; SET max_parallel_workers_per_gather = 0; SET jit = off; SET session_replication_role = replica;",
    );
    await step(c, "functions + vocabularies", functionsSql(seed) + vocabularySql());
    await step(
      c,
      "provinces, communes, agencies, users",
      geographySql(PROVINCES, size.establishments, size.proposals, hash, only),
    );
    await step(c, "establishments", ESTABLISHMENTS_SQL);
    await step(c, "proposals", PROPOSALS_SQL);
    await step(c, "budget lines + histories", LINES_AND_HISTORY_SQL);
    await step(c, "ledger, settlements, envelopes", MONEY_SQL);
    const acceptance = Number(
      (
        await c.query(
          `SELECT count(*) * 6 AS n FROM "Proposal" WHERE source = 'data:generate' AND status IN ('ACCEPTED','SETTLED')`,
        )
      ).rows[0].n,
    );
    const cells = Number(
      (await c.query(`SELECT sum(n_comm) * 15 * (SELECT count(*) FROM gind) AS n FROM gp`)).rows[0].n,
    );
    const share = Math.max(0.05, Math.min(1, (size.results - acceptance) / cells));
    await step(c, `results (commune share ${share.toFixed(3)})`, resultsSql(share));
    // Triggers are off while generating (replica role): build the dashboard roll-ups once, as the
    // migration does for existing rows.
    await step(
      c,
      "dashboard roll-ups",
      "SELECT proposal_money_rebuild(); SELECT proposal_owner_rebuild(); SELECT proposal_totals_rebuild(); SELECT result_totals_rebuild(); SELECT result_area_totals_rebuild(); SELECT owner_result_totals_rebuild(); SELECT proposal_status_counts_rebuild();",
    );
    await step(
      c,
      "search keys",
      `DROP INDEX "ProposalSearch_keys_idx"; SELECT proposal_search_rebuild(); CREATE INDEX "ProposalSearch_keys_idx" ON "ProposalSearch" USING GIN (keys);`,
    );
    await step(c, "cleanup", DROP_FUNCTIONS);
    await c.query("SET session_replication_role = origin");
    await step(c, "vacuum analyze", "VACUUM ANALYZE");
    const counts = await c.query(`SELECT
      (SELECT count(*) FROM "AdminUnit" WHERE level = 'PROVINCE' AND "validTo" IS NULL) AS provinces,
      (SELECT count(*) FROM "AdminUnit" WHERE level = 'COMMUNE') AS communes,
      (SELECT count(*) FROM "Establishment") AS establishments, (SELECT count(*) FROM "Proposal") AS proposals,
      (SELECT count(*) FROM "BudgetLine") AS budget_lines, (SELECT count(*) FROM "ProposalEvent") AS events,
      (SELECT count(*) FROM "LedgerEntry") AS ledger, (SELECT count(*) FROM "Result") AS results`);
    console.log("Số bản ghi:", counts.rows[0]);
  } finally {
    await c.end();
  }
  console.log(`Xong trong ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error("data:generate thất bại:", e);
    process.exit(1);
  },
);
