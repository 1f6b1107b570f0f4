// Authority follows the fund (issue 15), through the real data layer on PGlite: a department leader cannot
// approve a KCQG đề án (the refusal names the ministry, nothing is written); the ministry user can, within
// the envelope; the ministry cannot decide a KCĐP đề án.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { approveProposal, rejectProposal } from "@/lib/decisions/mutations";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";

let t: PgliteTestDb;
let db: PrismaClient;
let leader: Actor;
let ministry: Actor;
const NOW = new Date("2026-11-23T03:00:00Z");
const reason = "Đề án phù hợp kế hoạch khuyến công quốc gia.";

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedAppraisal(db);
  leader = await actorFor(db, "lanhdao@demo.vn");
  ministry = await actorFor(db, "bo@demo.vn");
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

const state = async (id: string) => ({
  status: (await db.proposal.findUniqueOrThrow({ where: { id }, select: { status: true } })).status,
  decisions: await db.decision.count({ where: { proposalId: id } }),
});

describe("KCQG đề án: the province proposes, the ministry decides", () => {
  it("a department leader's approval and rejection are refused with a message naming the ministry; nothing is written", async () => {
    await setEnvelopeRow(db, 5_000, { year: 2027, fund: "KCQG" });
    const id = await makeProposal(db, {
      ownEstablishment: true,
      status: "MINISTRY_APPRAISAL",
      fund: "KCQG",
      pipeline: "NATIONAL",
      year: 2027,
    });
    for (const attempt of [
      approveProposal(leader, { proposalId: id, reason }, NOW),
      rejectProposal(leader, { proposalId: id, reason }, NOW),
    ]) {
      const e = await caught(attempt);
      expect(e).toBeInstanceOf(ForbiddenError);
      expect((e as Error).message).toContain("kinh phí khuyến công quốc gia (KCQG)");
      expect((e as Error).message).toContain("thuộc Bộ Công Thương");
    }
    expect(await state(id)).toEqual({ status: "MINISTRY_APPRAISAL", decisions: 0 });
  });

  it("the ministry user approves it within the envelope, numbered in the ministry's series, and the province sees it", async () => {
    const env = await setEnvelopeRow(db, 5_000, { year: 2027, fund: "KCQG" });
    const id = await makeProposal(db, {
      ownEstablishment: true,
      status: "MINISTRY_APPRAISAL",
      fund: "KCQG",
      pipeline: "NATIONAL",
      year: 2027,
      requestedTrieu: 300,
    });
    const decision = await approveProposal(ministry, { proposalId: id, reason }, NOW);
    expect(decision.number).toMatch(/^\d{2,}\/QĐ-BCT$/);
    expect(
      (await db.decision.findUniqueOrThrow({ where: { id: decision.id }, select: { numberKey: true } })).numberKey,
    ).toMatch(/G12:2026:QĐ$/);
    expect(await state(id)).toEqual({ status: "APPROVED", decisions: 1 });
    expect((await db.budgetEnvelope.findUniqueOrThrow({ where: { id: env.id } })).committed).toBe(300n * 1_000_000n);
    const seen = await db.decision.findFirstOrThrow({
      where: { proposalId: id },
      select: { signerName: true, kind: true },
    });
    expect(seen).toEqual({ signerName: ministry.name, kind: "APPROVE" });
  });

  it("the ministry rejects a KCQG đề án but cannot decide a KCĐP one (the department can)", async () => {
    const national = await makeProposal(db, {
      ownEstablishment: true,
      status: "MINISTRY_APPRAISAL",
      fund: "KCQG",
      pipeline: "NATIONAL",
      year: 2027,
    });
    await rejectProposal(ministry, { proposalId: national, reason }, NOW);
    expect((await state(national)).status).toBe("REJECTED");

    await setEnvelopeRow(db, 5_000, { year: 2027, fund: "KCDP" });
    const local = await makeProposal(db, { ownEstablishment: true, status: "RECOMMENDED", fund: "KCDP", year: 2027 });
    const e = await caught(approveProposal(ministry, { proposalId: local, reason }, NOW));
    expect(e).toBeInstanceOf(ForbiddenError);
    expect((e as Error).message).toContain("kinh phí khuyến công địa phương (KCĐP)");
    expect((e as Error).message).toContain("Sở Công Thương");
    expect(await state(local)).toEqual({ status: "RECOMMENDED", decisions: 0 });
    await approveProposal(leader, { proposalId: local, reason }, NOW);
    expect((await state(local)).status).toBe("APPROVED");
  });
});
