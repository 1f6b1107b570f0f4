// Accent-insensitive search: the staff queue of the largest province (lib/appraisal/queue listQueue, the
// search box of /can-bo/ho-so) and a plain "find any đề án" over the whole country, typed without accents
// and with them (toSearchText folds both to the same key).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { toSearchText } from "@/lib/text";
import { listQueue } from "@/lib/appraisal/queue";
import { parseQueueFilters } from "@/lib/appraisal/queue-filters";
import { metric, percentile, timed } from "./stats";

const TERMS = [
  "máy móc",
  "may tre dan",
  "Gốm sứ",
  "thêu ren",
  "che bien che",
  "đồ gỗ mỹ nghệ",
  "nước mắm",
  "son mai",
  "dệt may",
  "Cơ khí nhỏ",
  "thuong hieu",
  "sản xuất sạch hơn",
  "hội chợ",
  "bánh kẹo",
  "Nguyễn",
  "hop tac xa",
  "Tân Phú",
  "yen lac",
  "Đông Hưng",
  "rèn dao",
];

export async function benchSearch(prisma: PrismaClient, staff: Actor, rounds = 5): Promise<void> {
  setDbForTesting(prisma);
  // Autovacuum is off on the development and CI servers (as in decisions.ts): after decision runs the national data set
  // carries their dead rows and unset visibility-map pages, which a production server's autovacuum clears. Measured
  // 05/12/2026: 13–14 ms against 7 ms p50 for the same searches after three runs of 3,000 decisions (1.8–2.1× the
  // province data set's; 1.0–1.1× after a VACUUM; ANALYZE alone did not help). What pg_stat_user_tables counted before
  // this VACUUM is printed, so a run says what it found.
  const dead = await prisma.$queryRawUnsafe<Array<{ n: bigint | number | null }>>(
    `SELECT sum(n_dead_tup + n_ins_since_vacuum) AS n FROM pg_stat_user_tables WHERE relname IN ('Proposal', 'ProposalSearch')`,
  );
  metric("search_rows_to_vacuum_first", Number(dead[0]?.n ?? 0), "dead + inserted since vacuum (pg_stat_user_tables)");
  for (const table of ["Proposal", "ProposalSearch"]) await prisma.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
  const all: number[] = [];
  const queue: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const term of TERMS) {
      const key = toSearchText(term);
      all.push(
        (
          await timed(() =>
            prisma.proposal.findMany({
              where: { searchText: { contains: key } },
              orderBy: { submittedAt: "desc" },
              take: 20,
              select: { id: true, code: true, title: true, status: true, year: true },
            }),
          )
        ).ms,
      );
      queue.push((await timed(() => listQueue(staff, parseQueueFilters({ q: term })))).ms);
    }
  }
  metric("search_all_proposals_p50", percentile(all, 50), "ms");
  metric("search_all_proposals_p95", percentile(all, 95), "ms");
  metric("search_staff_queue_p50", percentile(queue, 50), "ms");
  metric("search_staff_queue_p95", percentile(queue, 95), "ms");
}
