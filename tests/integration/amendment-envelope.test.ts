import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { WorkflowError } from "@/lib/errors";
import { decideAmendment, requestAmendment } from "@/lib/implementation/amendments";
import { actorFor } from "@/tests/helpers/fixtures";
import { approvedMachineryProposal, cloneApproved, seedImplementationFixtures } from "@/tests/helpers/implementation";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

// An approved change of the support amount must move the plan's envelope with it: an increase only when
// it fits the allocation, a decrease frees the money for other đề án.
const TR = 1_000_000n;
let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor, leader: Actor;
let proposalId: string, envelopeId: string;

async function amend(
  kind: "AMOUNT_INCREASE" | "AMOUNT_DECREASE",
  newAmount: string,
  decisionNo: string,
): Promise<string> {
  const { amendmentId } = await requestAmendment(staff, proposalId, {
    kind,
    newAmount,
    reason: "Điều chỉnh theo báo giá mới của nhà cung cấp.",
  });
  await decideAmendment(leader, amendmentId, {
    approve: "yes",
    decisionNo,
    decisionReason: "Đồng ý điều chỉnh kinh phí.",
  });
  return amendmentId;
}

const state = async () => ({
  committed: (await db.budgetEnvelope.findUniqueOrThrow({ where: { id: envelopeId } })).committed,
  approvedSupport: (await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).approvedSupport,
});

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedImplementationFixtures(db);
  staff = await actorFor(db, "chuyenvien@demo.vn");
  leader = await actorFor(db, "lanhdao@demo.vn");
  const source = await approvedMachineryProposal(db);
  proposalId = await cloneApproved(db, source.id, "hạn mức");
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.00.20.H45" }, select: { id: true } });
  // Allocation 300 triệu, of which this đề án's 250 triệu is committed: 50 triệu of room.
  const envelope = await db.budgetEnvelope.create({
    data: { agencyId: agency.id, year: 2031, fund: "KCDP", amount: 300n * TR, committed: 250n * TR },
    select: { id: true },
  });
  envelopeId = envelope.id;
  const plan = await db.annualPlan.create({
    data: { agencyId: agency.id, year: 2031, fund: "KCDP", name: "Kế hoạch thử hạn mức", envelopeId },
    select: { id: true },
  });
  await db.proposal.update({ where: { id: proposalId }, data: { planId: plan.id, approvedSupport: 250n * TR } });
}, 120_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("amount amendments and the plan's envelope", () => {
  it("an increase that fits raises the envelope's committed amount by the difference", async () => {
    await amend("AMOUNT_INCREASE", "280 triệu", "201/QĐ-UBND");
    expect(await state()).toEqual({ committed: 280n * TR, approvedSupport: 280n * TR });
  });

  it("an increase beyond the remaining room is refused in Vietnamese and nothing changes", async () => {
    const { amendmentId } = await requestAmendment(staff, proposalId, {
      kind: "AMOUNT_INCREASE",
      newAmount: "400 triệu",
      reason: "Bổ sung thêm một máy.",
    });
    const refusal = decideAmendment(leader, amendmentId, {
      approve: "yes",
      decisionNo: "202/QĐ-UBND",
      decisionReason: "Đồng ý.",
    });
    await expect(refusal).rejects.toBeInstanceOf(WorkflowError);
    await expect(
      decideAmendment(leader, amendmentId, { approve: "yes", decisionNo: "202/QĐ-UBND", decisionReason: "Đồng ý." }),
    ).rejects.toThrow(/Vượt hạn mức kinh phí: cần 120.*còn lại 20/);
    expect(await state()).toEqual({ committed: 280n * TR, approvedSupport: 280n * TR });
    // The decision rolled back with the refusal: the request is still waiting.
    expect((await db.amendment.findUniqueOrThrow({ where: { id: amendmentId } })).status).toBe("REQUESTED");
  });

  it("a decrease frees the difference in the envelope", async () => {
    await amend("AMOUNT_DECREASE", "200 triệu", "203/QĐ-UBND");
    expect(await state()).toEqual({ committed: 200n * TR, approvedSupport: 200n * TR });
  });
});
