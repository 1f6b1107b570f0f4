import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { proposalScope } from "@/lib/proposals/scope";
import { BOARD_PAGE, getImplementationBoard, getMyImplementation } from "@/lib/implementation/board-queries";
import { DUE_SELECT } from "@/lib/implementation/due-select";
import { dueFactsOf, dueItemsFor } from "@/lib/implementation/due-items";
import { loadCalendar } from "@/lib/implementation/calendar-query";
import { sortDeadlines } from "@/lib/calendar/deadlines";
import { vnDay } from "@/lib/dates";
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

  it("pages of BOARD_PAGE in a stable order, every đề án once; totals over the whole scope, not the page", async () => {
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

describe("due items from one statement (issue 21)", () => {
  it("equal the items read through the relations, for every kind of reader", async () => {
    const today = vnDay(new Date());
    const cal = await loadCalendar(db);
    // An accepted đề án (a settlement dossier is owed), and settled ones: recent without a follow-up (owed), recent
    // with one, and settled before the three-year window (nothing owed).
    const base = await db.proposal.findUniqueOrThrow({ where: { id: demoId } });
    const by = (await db.user.findFirstOrThrow({ where: { email: "chuyenvien@demo.vn" } })).id;
    const make = (title: string, status: "ACCEPTED" | "SETTLED") =>
      db.proposal.create({
        data: { title, activityCategoryId: base.activityCategoryId, agencyId: base.agencyId, year: 2025, status },
      });
    const accepted = await make("Đề án đã nghiệm thu (thử hạn)", "ACCEPTED");
    await db.acceptance.createMany({
      data: [90, 40].map((days, k) => ({
        proposalId: accepted.id,
        minutesNo: `NT-T${k}`,
        acceptedAt: new Date(today.getTime() - days * 86_400_000),
        createdById: by,
      })),
    });
    const money = {
      approvedSupport: 0n,
      disbursed: 0n,
      refunded: 0n,
      settledSupport: 0n,
      counterpart: 0n,
      createdById: by,
    };
    for (const [k, days, followed] of [
      [1, 200, false],
      [2, 300, true],
      [3, 365 * 4, false],
    ] as const) {
      const p = await make(`Đề án đã quyết toán ${k} (thử hạn)`, "SETTLED");
      await db.settlement.create({
        data: {
          proposalId: p.id,
          number: `QT-T${k}`,
          settledAt: new Date(today.getTime() - days * 86_400_000),
          ...money,
        },
      });
      if (followed)
        await db.followUp.create({ data: { proposalId: p.id, checkedAt: today, machineInUse: true, createdById: by } });
    }
    const ministry = await actorFor(db, "bo@demo.vn");
    const leader = await actorFor(db, "lanhdao@demo.vn");
    const kinds = new Set<string>();
    for (const actor of [staff, enterprise, otherProvince, ministry, leader]) {
      const rows = await db.proposal.findMany({
        // Every đề án in scope, owing or not: the board's own filter must leave out none that owes something.
        where: proposalScope(actor),
        select: DUE_SELECT,
        orderBy: { id: "asc" },
      });
      const expected = sortDeadlines(rows.flatMap((p) => dueItemsFor(dueFactsOf(p), today, cal)));
      const shown =
        actor.role === "ENTERPRISE"
          ? (await getMyImplementation(actor)).due
          : (await getImplementationBoard(actor)).due;
      expect(shown).toEqual(expected);
      for (const d of expected) kinds.add(d.kind);
    }
    expect([...kinds].sort()).toEqual([
      "ACCEPTANCE",
      "FOLLOW_UP",
      "PROGRESS_REPORT",
      "SETTLEMENT_DOSSIER",
      "SUPPLEMENT",
    ]);
  });
});
