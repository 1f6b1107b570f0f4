// The same races on PGlite (one connection: the adapter queues transactions) and on PostgreSQL, where
// real concurrent connections make the row lock do the work.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { signContract } from "@/lib/funding/mutations";
import { postLedgerEntry } from "@/lib/funding/postings";
import { RuleRefusedError } from "@/lib/funding/errors";
import { ledgerSums, ledgerTotals } from "@/lib/funding/ledger-sql";
import { submitProgressReport } from "@/lib/implementation/progress";
import { actorFor } from "@/tests/helpers/fixtures";
import { approvedMachineryProposal, cloneApproved, seedImplementationFixtures } from "@/tests/helpers/implementation";
import { createPgliteTestDb, createPostgresTestDb, describeOnPostgres } from "@/tests/helpers/test-db";

const TR = 1_000_000n;
let t: { prisma: PrismaClient; close: () => Promise<void> } | undefined;
let db: PrismaClient;
let staff: Actor;

async function readyForAdvance(suffix: string): Promise<string> {
  const source = await approvedMachineryProposal(db);
  const id = await cloneApproved(db, source.id, suffix);
  await signContract(staff, id, { signedAt: "2026-10-01" });
  await submitProgressReport(staff, id, {
    period: "2026-10",
    percentComplete: 90,
    investmentDonePercent: 90,
    content: "Đã lắp đặt và chạy thử toàn bộ máy.",
  });
  return id;
}

function concurrentPostings(open: () => Promise<{ prisma: PrismaClient; close: () => Promise<void> }>): void {
  beforeAll(async () => {
    t = await open();
    db = t.prisma;
    setDbForTesting(db);
    await seedImplementationFixtures(db);
    staff = await actorFor(db, "chuyenvien@demo.vn");
  }, 180_000);

  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });

  it("twelve racing advances of 30 triệu never exceed 70 % of 250 triệu", async () => {
    const id = await readyForAdvance("đồng thời");
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        postLedgerEntry(staff, id, {
          kind: "ADVANCE",
          amount: "30 triệu",
          occurredAt: "2026-10-20",
          note: `Lần ${i + 1}`,
        }),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled").length;
    const refused = results.filter((r) => r.status === "rejected");
    expect(ok).toBe(5); // 5 × 30 = 150 ≤ 175 < 180
    expect(refused.every((r) => r.status === "rejected" && r.reason instanceof RuleRefusedError)).toBe(true);
    const sums = await ledgerSums(db, id);
    expect(sums.advances).toBe(150n * TR);
    expect(sums.advances).toBeLessThanOrEqual(175n * TR);
  });

  it("mixed racing advances and refunds: totals always equal the lines", async () => {
    const id = await readyForAdvance("trộn");
    await postLedgerEntry(staff, id, { kind: "ADVANCE", amount: "100 triệu", occurredAt: "2026-10-20" });
    const ops = Array.from({ length: 16 }, (_, i) =>
      i % 2 === 0
        ? postLedgerEntry(staff, id, { kind: "ADVANCE", amount: "20 triệu", occurredAt: "2026-10-21" })
        : postLedgerEntry(staff, id, { kind: "REFUND", amount: "15 triệu", occurredAt: "2026-10-21" }),
    );
    await Promise.allSettled(ops);
    const lines = await db.ledgerEntry.findMany({ where: { proposalId: id }, select: { kind: true, amount: true } });
    const sum = (k: string) => lines.filter((l) => l.kind === k).reduce((s, l) => s + l.amount, 0n);
    const sums = await ledgerSums(db, id);
    expect(sums.advances).toBe(sum("ADVANCE"));
    expect(sums.refunds).toBe(sum("REFUND"));
    expect(sums.netPaid).toBeLessThanOrEqual(175n * TR);
    expect(sums.netPaid).toBeGreaterThanOrEqual(0n);
    const [row] = await ledgerTotals(db, Prisma.sql`p.id = ${id}`);
    expect(row?.netPaid).toBe(sum("ADVANCE") + sum("FINAL_PAYMENT") - sum("REFUND"));
  });
}

describe("concurrent postings [PGlite]", () => concurrentPostings(createPgliteTestDb));
describeOnPostgres("concurrent postings", () => concurrentPostings(createPostgresTestDb));
