// Double funding caught before approval (issue 23): support the establishment already holds for the same cost item
// shares the per-establishment cap — at submission (a clear message next to the line), in the appraisal workspace
// (the earlier support with its đề án, labels in Vietnamese, never a raw code) and at approval (refused, citing the
// rule, nothing written).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { TRIEU } from "@/lib/money";
import { submitApplication } from "@/lib/applications/submit";
import { approveProposal } from "@/lib/decisions/mutations";
import { ruleVerdictFor } from "@/lib/rules/load-verdict";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";
import { attachQuotation, machineryDraft } from "./applications-helpers";

let t: PgliteTestDb;
let db: PrismaClient;
let owner: Actor;
let leader: Actor;
const NOW = new Date("2026-11-23T03:00:00Z");
const reason = "Đề án phù hợp kế hoạch khuyến công.";

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedEnterprise(db);
  await seedAppraisal(db);
  owner = await actorFor(db, "doanhnghiep@demo.vn");
  leader = await actorFor(db, "lanhdao@demo.vn");
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

/** An approved machinery đề án of the establishment: `trieu` of support already granted. */
async function approvedBefore(establishmentName: string, trieu: number): Promise<{ id: string; code: string }> {
  const id = await makeProposal(db, {
    status: "APPROVED",
    establishmentName,
    requestedTrieu: trieu,
    title: "Máy chà nhám (đã được hỗ trợ)",
  });
  const p = await db.proposal.update({
    where: { id },
    data: { approvedSupport: BigInt(trieu) * TRIEU },
    select: { id: true, code: true },
  });
  return { id: p.id, code: p.code ?? "" };
}

describe("double funding before approval", () => {
  it("at submission: the same machine line is capped by what is left after the earlier support, with the reason next to the line", async () => {
    const est = await db.establishment.findUniqueOrThrow({
      where: { id: owner.establishmentId ?? "" },
      select: { name: true },
    });
    const earlier = await approvedBefore(est.name, 250);
    const draft = await machineryDraft(db, owner, { askTrieu: 100, start: "2027-03-01" });
    await attachQuotation(owner, draft.id);
    const refused = await caught(submitApplication(owner, draft.id, NOW));
    expect(refused).toBeInstanceOf(ValidationError);
    const msg = (refused as ValidationError).fieldErrors["lines.0.requestedSupport"]?.[0] ?? "";
    expect(msg).toContain("Tối đa 50 triệu đồng");
    expect(msg).toContain("Cơ sở đã được hỗ trợ 250 triệu đồng cho cùng loại chi phí");
    expect(msg).toContain(earlier.code);
    // Nothing was written: still a draft, no code.
    expect(
      await db.proposal.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, code: true } }),
    ).toEqual({ status: "DRAFT", code: null });
  });

  it("in the appraisal workspace and at approval: the council sees the earlier support; approval over what is left is refused", async () => {
    await setEnvelopeRow(db, 5_000, { year: 2026 });
    // A household of its own, with 250 triệu of machinery support already approved.
    const first = await makeProposal(db, { ownEstablishment: true, status: "APPROVED", requestedTrieu: 250 });
    const est = await db.proposal.findUniqueOrThrow({
      where: { id: first },
      select: { establishment: { select: { name: true } }, code: true },
    });
    await db.proposal.update({ where: { id: first }, data: { approvedSupport: 250n * TRIEU } });
    const second = await makeProposal(db, {
      status: "RECOMMENDED",
      establishmentName: est.establishment!.name,
      requestedTrieu: 100,
    });

    const v = await ruleVerdictFor(db, second);
    expect(v?.priorSupport).toHaveLength(1);
    expect(v?.priorSupport[0]?.costKind).toBe("Máy móc thiết bị tiên tiến, chuyển giao công nghệ");
    expect(v?.priorSupport[0]?.proposalId).toBe(first);
    expect(JSON.stringify(v)).not.toContain("MACHINERY");
    expect(v?.totalMaxSupport).toBe("50 triệu đồng");

    const refused = await caught(approveProposal(leader, { proposalId: second, reason }, NOW));
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as Error).message).toContain("vượt mức hỗ trợ tối đa còn lại cho cơ sở (50 triệu đồng)");
    expect((refused as Error).message).toContain("Thông tư 28/2018/TT-BTC");
    expect((refused as Error).message).toContain(est.code ?? "");
    expect(await db.proposal.findUniqueOrThrow({ where: { id: second }, select: { status: true } })).toEqual({
      status: "RECOMMENDED",
    });
    expect(await db.decision.count({ where: { proposalId: second } })).toBe(0);

    // Within what is left, the approval goes through.
    const d = await approveProposal(leader, { proposalId: second, reason, approvedSupport: "50 triệu" }, NOW);
    expect(d.number).toMatch(/QĐ/);
  });

  it("support for a different cost item of the same establishment is not counted", async () => {
    const first = await makeProposal(db, { ownEstablishment: true, status: "APPROVED", requestedTrieu: 250 });
    await db.budgetLine.updateMany({ where: { proposalId: first }, data: { costKind: "BRAND" } });
    const est = await db.proposal.findUniqueOrThrow({
      where: { id: first },
      select: { establishment: { select: { name: true } } },
    });
    const second = await makeProposal(db, {
      status: "RECOMMENDED",
      establishmentName: est.establishment!.name,
      requestedTrieu: 100,
    });
    const v = await ruleVerdictFor(db, second);
    expect(v?.priorSupport).toEqual([]);
    expect(v?.totalMaxSupport).toBe("100 triệu đồng");
  });
});
