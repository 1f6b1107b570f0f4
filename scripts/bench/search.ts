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
import { vacuumFirst } from "./db-setup";

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
  // The tables the searches read, as a production server's autovacuum keeps them (after decision runs, say).
  await vacuumFirst((q) => prisma.$executeRawUnsafe(q), ["Proposal", "ProposalSearch"]);
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
