import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFlaggedResults } from "@/lib/results/quality-queries";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { signContract } from "@/lib/funding/mutations";
import { postLedgerEntry } from "@/lib/funding/postings";
import { RuleRefusedError } from "@/lib/funding/errors";
import { ledgerTotals } from "@/lib/funding/ledger-sql";
import { findDoubleFunding } from "@/lib/funding/double-funding";
import { submitProgressReport } from "@/lib/implementation/progress";
import { recordAcceptance } from "@/lib/implementation/acceptance";
import { settleProposal } from "@/lib/implementation/settlement";
import { decideAmendment, requestAmendment } from "@/lib/implementation/amendments";
import { actorFor } from "@/tests/helpers/fixtures";
import { approvedMachineryProposal, cloneApproved, seedImplementationFixtures } from "@/tests/helpers/implementation";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

const TR = 1_000_000n;
let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor, leader: Actor, otherProvince: Actor, enterprise: Actor;
let id: string;

async function lineSums(proposalIds: string[]) {
  const lines = await db.ledgerEntry.findMany({
    where: { proposalId: { in: proposalIds } },
    select: { kind: true, amount: true },
  });
  const sum = (k: string) => lines.filter((l) => l.kind === k).reduce((s, l) => s + l.amount, 0n);
  return {
    commitment: sum("COMMITMENT"),
    advances: sum("ADVANCE"),
    finalPayments: sum("FINAL_PAYMENT"),
    refunds: sum("REFUND"),
  };
}

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedImplementationFixtures(db);
  staff = await actorFor(db, "chuyenvien@demo.vn");
  leader = await actorFor(db, "lanhdao@demo.vn");
  otherProvince = await actorFor(db, "chuyenvien.bacninh@demo.vn");
  enterprise = await actorFor(db, "doanhnghiep@demo.vn");
  id = (await approvedMachineryProposal(db)).id;
}, 120_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("scope", () => {
  it("another province's staff cannot sign the contract: the đề án does not exist for them", async () => {
    await expect(signContract(otherProvince, id, { signedAt: "2026-09-15" })).rejects.toBeInstanceOf(NotFoundError);
  });
  it("an enterprise can only report on its own đề án", async () => {
    await expect(
      submitProgressReport(enterprise, id, {
        period: "2026-09",
        percentComplete: 50,
        investmentDonePercent: 50,
        content: "Đã lắp đặt máy chẻ nan.",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a machinery đề án from contract to settlement", () => {
  it("signs the contract and commits the approved support", async () => {
    const { number } = await signContract(staff, id, { signedAt: "2026-09-15" });
    expect(number).toMatch(/^\d{2}\/2026\/HĐHT-000\.00\.20\.H45$/);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe("CONTRACTED");
    expect((await lineSums([id])).commitment).toBe(250n * TR);
  });

  it("refuses a 70 % advance before a progress report shows more than 70 % of the investment, with its reason", async () => {
    const advance = { kind: "ADVANCE", amount: "175 triệu", occurredAt: "2026-10-01" };
    await expect(postLedgerEntry(staff, id, advance)).rejects.toThrow(/Chưa có báo cáo tiến độ/);
    await submitProgressReport(staff, id, {
      period: "2026-09",
      percentComplete: 60,
      investmentDonePercent: 65,
      content: "Đã nhận 2 máy chẻ nan, chờ máy vót.",
    });
    const refused = await postLedgerEntry(staff, id, advance).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RuleRefusedError);
    expect((refused as RuleRefusedError).message).toMatch(/kỳ 09\/2026.*65%.*trên 70%/);
  });

  it("allows exactly 70 % once the investment passes 70 %, and not one đồng more", async () => {
    await submitProgressReport(staff, id, {
      period: "2026-10",
      percentComplete: 85,
      investmentDonePercent: 80,
      content: "Đã lắp đặt đủ 3 máy, chạy thử.",
    });
    await expect(
      postLedgerEntry(staff, id, { kind: "ADVANCE", amount: "175000001", occurredAt: "2026-10-20" }),
    ).rejects.toThrow(/vượt mức còn được tạm ứng 175 triệu đồng/);
    await postLedgerEntry(staff, id, { kind: "ADVANCE", amount: "175 triệu", occurredAt: "2026-10-20" });
    await expect(
      postLedgerEntry(staff, id, { kind: "ADVANCE", amount: "1", occurredAt: "2026-10-21" }),
    ).rejects.toBeInstanceOf(RuleRefusedError);
  });

  it("refuses a final payment before acceptance", async () => {
    await expect(
      postLedgerEntry(staff, id, { kind: "FINAL_PAYMENT", amount: "75 triệu", occurredAt: "2026-10-21" }),
    ).rejects.toThrow(/trạng thái/);
  });

  it("a value out of range is refused with the reason and nothing of the minutes is written (issue 19)", async () => {
    const before = await db.proposal.findUniqueOrThrow({ where: { id }, select: { status: true } });
    await expect(
      recordAcceptance(staff, id, {
        minutesNo: "14/BB-NT",
        acceptedAt: "2026-11-02",
        indicators: { CS_MAY_MOC: "1", DA_MAY_MOC: "2" },
      }),
    ).rejects.toMatchObject({
      fieldErrors: { indicators: [expect.stringMatching(/vượt mức tối đa một đề án có thể đạt \(1 đề án\)/)] },
    });
    expect(await db.acceptance.count({ where: { proposalId: id } })).toBe(0);
    expect(await db.result.count({ where: { proposalId: id } })).toBe(0);
    expect((await db.proposal.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe(
      before.status,
    );
  });

  it("acceptance records results for the dashboard", async () => {
    const r = await recordAcceptance(staff, id, {
      minutesNo: "15/BB-NT",
      acceptedAt: "2026-11-02",
      indicators: { CS_MAY_MOC: "1", DA_MAY_MOC: "1", CS_THU_HUONG: "1" },
    });
    expect(r.results).toBe(3);
    const results = await db.result.findMany({
      where: { proposalId: id },
      select: {
        origin: true,
        value: true,
        year: true,
        fund: true,
        provinceId: true,
        indicator: { select: { code: true } },
      },
    });
    expect(results.map((x) => x.indicator.code).sort()).toEqual(["CS_MAY_MOC", "CS_THU_HUONG", "DA_MAY_MOC"]);
    expect(
      results.every((x) => x.origin === "ACCEPTANCE" && x.year === 2026 && x.fund === "KCDP" && x.provinceId),
    ).toBe(true);
  });

  it("results recorded without the scanned minutes are flagged and listed on the data-quality page", async () => {
    const flagged = await db.result.findMany({
      where: { proposalId: id },
      select: { qualityFlags: true, qualityNote: true },
    });
    expect(flagged.every((r) => r.qualityFlags.includes("EVIDENCE"))).toBe(true);
    expect(flagged[0]!.qualityNote).toMatch(/chưa đính kèm bản chụp biên bản nghiệm thu/);
    const groups = await listFlaggedResults(staff);
    expect(groups.flatMap((g) => g.rows).filter((r) => r.proposalId === id)).toHaveLength(3);
  });

  it("pays the balance and settles with the money reconciled", async () => {
    await expect(
      postLedgerEntry(staff, id, { kind: "FINAL_PAYMENT", amount: "75000001", occurredAt: "2026-11-05" }),
    ).rejects.toBeInstanceOf(RuleRefusedError);
    await postLedgerEntry(staff, id, { kind: "FINAL_PAYMENT", amount: "75 triệu", occurredAt: "2026-11-05" });
    // Issue 12 item 5: machinery support is capped at 50 %, so 250 triệu of support needs 250 triệu of
    // documented counterpart; with none, settlement is refused and says how to put it right.
    await expect(settleProposal(leader, id, { settledAt: "2026-11-10" })).rejects.toThrow(
      /Vốn đối ứng có chứng từ 0 đ.*thấp hơn mức quy định 250 triệu đồng/,
    );
    await postLedgerEntry(staff, id, { kind: "COUNTERPART", amount: "250 triệu", occurredAt: "2026-11-06" }, [
      { name: "hoa-don.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") },
    ]);
    const s = await settleProposal(leader, id, { settledAt: "2026-11-10" });
    const row = await db.settlement.findUniqueOrThrow({ where: { id: s.settlementId } });
    expect(row).toMatchObject({
      approvedSupport: 250n * TR,
      disbursed: 250n * TR,
      refunded: 0n,
      settledSupport: 250n * TR,
      counterpart: 250n * TR,
      requiredCounterpart: 250n * TR,
      exceptionReason: null,
    });
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe("SETTLED");
  });

  it("totals per plan, fund, year and province equal the sum of their lines", async () => {
    const ids = (await db.proposal.findMany({ select: { id: true } })).map((p) => p.id);
    const totals = await ledgerTotals(db, Prisma.sql`true`);
    const fromTotals = totals.reduce(
      (s, r) => ({
        commitment: s.commitment + r.commitment,
        advances: s.advances + r.advances,
        finalPayments: s.finalPayments + r.finalPayments,
        refunds: s.refunds + r.refunds,
      }),
      { commitment: 0n, advances: 0n, finalPayments: 0n, refunds: 0n },
    );
    expect(fromTotals).toEqual(await lineSums(ids));
  });
});

describe("amendments and double funding", () => {
  it("an amount increase needs the provincial plan approver and moves the commitment", async () => {
    const clone = await cloneApproved(db, id, "điều chỉnh");
    await signContract(staff, clone, { signedAt: "2026-10-01" });
    const { amendmentId } = await requestAmendment(staff, clone, {
      kind: "AMOUNT_INCREASE",
      newAmount: "280 triệu",
      reason: "Giá máy vót nan tăng theo báo giá mới.",
    });
    expect((await db.amendment.findUniqueOrThrow({ where: { id: amendmentId } })).requiredAuthority).toBe("UBND_TINH");
    await decideAmendment(leader, amendmentId, {
      approve: "yes",
      decisionNo: "123/QĐ-UBND",
      decisionReason: "Đồng ý điều chỉnh.",
    });
    await expect(
      decideAmendment(leader, amendmentId, {
        approve: "no",
        decisionNo: "124/QĐ-UBND",
        decisionReason: "Quyết định lại.",
      }),
    ).rejects.toThrow(/đã được quyết định/);
    expect((await lineSums([clone])).commitment).toBe(280n * TR);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: clone } })).approvedSupport).toBe(280n * TR);
  });

  it("flags the same establishment and cost item funded in another đề án", async () => {
    const clone = await cloneApproved(db, id, "trùng");
    const hits = await findDoubleFunding(db, clone);
    expect(hits.map((h) => h.proposalId)).toContain(id);
    expect(hits.find((h) => h.proposalId === id)?.costKinds).toEqual(["MACHINERY"]);
  });
});

describe("force majeure and stop", () => {
  it("force majeure is settled by the volume actually done: the excess advance is refunded first", async () => {
    const fm = await cloneApproved(db, id, "bất khả kháng");
    await signContract(staff, fm, { signedAt: "2026-09-01" });
    await submitProgressReport(staff, fm, {
      period: "2026-09",
      percentComplete: 50,
      investmentDonePercent: 75,
      content: "Lũ cuốn trôi một phần nhà xưởng.",
    });
    await postLedgerEntry(staff, fm, { kind: "ADVANCE", amount: "175 triệu", occurredAt: "2026-09-20" });
    const { amendmentId } = await requestAmendment(staff, fm, {
      kind: "FORCE_MAJEURE",
      volumeDonePercent: "50",
      reason: "Bão lũ tháng 9/2026 làm hư hỏng nhà xưởng.",
    });
    await decideAmendment(leader, amendmentId, {
      approve: "yes",
      decisionNo: "45/QĐ-SCT",
      decisionReason: "Quyết toán theo khối lượng thực tế.",
    });
    await recordAcceptance(staff, fm, {
      minutesNo: "16/BB-NT",
      acceptedAt: "2026-10-05",
      indicators: { CS_MAY_MOC: "1" },
    });
    await expect(settleProposal(leader, fm, { settledAt: "2026-10-10" })).rejects.toThrow(/ghi hoàn trả 50 triệu đồng/);
    await postLedgerEntry(staff, fm, { kind: "REFUND", amount: "50 triệu", occurredAt: "2026-10-08" });
    // No counterpart documented: only a leader's reasoned exception lets it close, and it is kept.
    await expect(
      settleProposal(staff, fm, { settledAt: "2026-10-10", exceptionReason: "Cơ sở bị lũ cuốn mất chứng từ." }),
    ).rejects.toThrow();
    const reason = "Chứng từ vốn đối ứng bị lũ cuốn trôi; UBND xã xác nhận cơ sở đã đầu tư.";
    const s = await settleProposal(leader, fm, { settledAt: "2026-10-10", exceptionReason: reason });
    expect(await db.settlement.findUniqueOrThrow({ where: { id: s.settlementId } })).toMatchObject({
      disbursed: 175n * TR,
      refunded: 50n * TR,
      settledSupport: 125n * TR,
      requiredCounterpart: 125n * TR,
      exceptionReason: reason,
    });
  });

  it("a stop is decided by the provincial plan approver and closes the đề án", async () => {
    const st = await cloneApproved(db, id, "dừng");
    const { amendmentId } = await requestAmendment(staff, st, {
      kind: "STOP",
      reason: "Cơ sở không bố trí được vốn đối ứng.",
    });
    expect((await db.amendment.findUniqueOrThrow({ where: { id: amendmentId } })).requiredAuthority).toBe("UBND_TINH");
    await expect(
      decideAmendment(staff, amendmentId, { approve: "yes", decisionNo: "1/QĐ", decisionReason: "Đồng ý dừng." }),
    ).rejects.toThrow(/quyền/);
    await decideAmendment(leader, amendmentId, {
      approve: "yes",
      decisionNo: "130/QĐ-UBND",
      decisionReason: "Đồng ý dừng thực hiện.",
    });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: st } })).status).toBe("STOPPED");
  });
});
