import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { proposalScope } from "@/lib/proposals/scope";
import { BOARD_PAGE, getImplementationBoard, getMyImplementation } from "@/lib/implementation/board-queries";
import { getImplementationDetail } from "@/lib/implementation/detail-queries";
import { submitProgressReport } from "@/lib/implementation/progress";
import { postLedgerEntry } from "@/lib/funding/postings";
import { seedImplementation } from "@/prisma/seed/implementation";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor, enterprise: Actor, otherProvince: Actor;
let demoId: string;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedImplementation(db);
  await seedImplementation(db); // idempotent
  staff = await actorFor(db, "chuyenvien@demo.vn");
  enterprise = await actorFor(db, "doanhnghiep@demo.vn");
  otherProvince = await actorFor(db, "chuyenvien.bacninh@demo.vn");
  demoId = (
    await db.proposal.findFirstOrThrow({
      where: { title: "Hỗ trợ máy dán cạnh tự động cho xưởng mộc" },
      select: { id: true },
    })
  ).id;
}, 120_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("the beneficiary's implementation view", () => {
  it("lists its own đề án and the monthly reports it still owes", async () => {
    const { board, due } = await getMyImplementation(enterprise);
    expect(board.map((b) => b.id)).toEqual([demoId]);
    // Reports for 08 and 09/2026 were filed; October's (due 26/10, the 25th is a Sunday) is overdue.
    expect(due.some((d) => d.kind === "PROGRESS_REPORT" && d.label.includes("10/2026"))).toBe(true);
  });

  it("files its monthly report; the advance rule then reads the new investment share", async () => {
    await submitProgressReport(enterprise, demoId, {
      period: "2026-10",
      percentComplete: 95,
      investmentDonePercent: 92,
      content: "Đã vận hành ổn định, đào tạo 3 thợ đứng máy.",
    });
    const d = await getImplementationDetail(enterprise, demoId);
    expect(d.progressReports[0]?.period).toBe("2026-10");
    expect(d.ledger.map((l) => l.kind)).toEqual(["COMMITMENT", "ADVANCE"]);
  });

  it("cannot post to the ledger, and sees nothing of others' đề án", async () => {
    await expect(
      postLedgerEntry(enterprise, demoId, { kind: "ADVANCE", amount: "1 triệu", occurredAt: "2026-10-30" }),
    ).rejects.toThrow(/quyền/);
    const other = await db.proposal.findFirstOrThrow({
      where: { code: "000.00.20.H45-251215-0001" },
      select: { id: true },
    });
    await expect(getImplementationDetail(enterprise, other.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the staff board", () => {
  it("shows the province's đề án with ledger totals equal to their lines", async () => {
    const { board, totals } = await getImplementationBoard(staff);
    expect(board.some((b) => b.id === demoId)).toBe(true);
    const lines = await db.ledgerEntry.findMany({
      where: { proposal: { agency: { provinceId: staff.provinceId } } },
      select: { amount: true, kind: true },
    });
    const advances = lines.filter((l) => l.kind === "ADVANCE").reduce((s, l) => s + l.amount, 0n);
    expect(totals.reduce((s, t) => s + BigInt(t.advances), 0n)).toBe(advances);
  });

  it("pages of 100 in a stable order, every đề án once; totals over the whole scope, not the page", async () => {
    const base = await db.proposal.findUniqueOrThrow({ where: { id: demoId } });
    await db.proposal.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({
        title: `Đề án phân trang ${i}`,
        activityCategoryId: base.activityCategoryId,
        agencyId: base.agencyId,
        year: 2026,
        status: "IN_PROGRESS" as const,
        approvedSupport: 1_000_000n,
      })),
    });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof getImplementationBoard>> = await getImplementationBoard(staff, { after });
      expect(page.board.length).toBeLessThanOrEqual(BOARD_PAGE);
      seen.push(...page.board.map((b) => b.id));
      after = page.next;
      pages++;
    } while (after && pages < 10);
    // The province's scope includes the provinces merged into it (2025).
    const expected = await db.proposal.count({
      where: {
        AND: [
          proposalScope(staff),
          { status: { in: ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED", "STOPPED"] } },
        ],
      },
    });
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(expected);
    // The totals count every đề án with ledger lines in scope, whichever page it is on.
    const first = await getImplementationBoard(staff);
    const withLines = await db.proposal.count({
      where: {
        ...proposalScope(staff),
        ledger: { some: {} },
        status: { in: ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED", "STOPPED", "RETURNED"] },
      },
    });
    expect(first.totals.reduce((n, t) => n + t.proposals, 0)).toBe(withLines);
    // A forged cursor reads as page 1.
    expect((await getImplementationBoard(staff, { after: "not-a-cursor" })).board[0]?.id).toBe(first.board[0]?.id);
  });

  it("another province's staff sees neither the đề án nor its money", async () => {
    const { board, totals } = await getImplementationBoard(otherProvince);
    expect(board.some((b) => b.id === demoId)).toBe(false);
    expect(totals.every((t) => t.provinceId !== staff.provinceId)).toBe(true);
    await expect(getImplementationDetail(otherProvince, demoId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
