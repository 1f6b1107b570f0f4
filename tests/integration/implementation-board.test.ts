import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getImplementationBoard, getMyImplementation } from "@/lib/implementation/board-queries";
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

  it("another province's staff sees neither the đề án nor its money", async () => {
    const { board, totals } = await getImplementationBoard(otherProvince);
    expect(board.some((b) => b.id === demoId)).toBe(false);
    expect(totals.every((t) => t.provinceId !== staff.provinceId)).toBe(true);
    await expect(getImplementationDetail(otherProvince, demoId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
