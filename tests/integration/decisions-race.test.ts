// Concurrency is decided by PostgreSQL: racing decisions on one dossier leave one decision; racing
// approvals against one envelope approve exactly what fits; a plan is approved all or nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ConflictError, WorkflowError } from "@/lib/errors";
import { TRIEU } from "@/lib/money";
import { approveProposal, rejectProposal, returnProposal } from "@/lib/decisions/mutations";
import { addToPlan } from "@/lib/plans/mutations";
import { approvePlan } from "@/lib/plans/approve";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPostgresTestDb, describeOnPostgres, type PostgresTestDb } from "@/tests/helpers/test-db";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";

let t: PostgresTestDb;
let db: PrismaClient;
let leader: Actor;
let staff: Actor;
const NOW = new Date("2026-11-23T03:00:00Z");
const reason = "Đề án đạt yêu cầu thẩm định của hội đồng.";

describeOnPostgres("Decisions and envelopes under concurrency", () => {
  beforeAll(async () => {
    t = await createPostgresTestDb();
    db = t.prisma;
    setDbForTesting(db);
    await seedFixtures(db);
    await seedAppraisal(db);
    leader = await actorFor(db, "lanhdao@demo.vn");
    staff = await actorFor(db, "chuyenvien@demo.vn");
  }, 180_000);

  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });

  describe("100 racing decisions on one dossier", () => {
    it("leave exactly one decision, one status change and one envelope commitment", async () => {
      const envelope = await setEnvelopeRow(db, 10_000, { year: 2027 });
      const id = await makeProposal(db, {
        ownEstablishment: true,
        status: "RECOMMENDED",
        year: 2027,
        requestedTrieu: 100,
      });
      const attempts = Array.from({ length: 100 }, (_, i) => {
        if (i % 3 === 0) return approveProposal(leader, { proposalId: id, reason }, NOW);
        if (i % 3 === 1) return rejectProposal(leader, { proposalId: id, reason }, NOW);
        return returnProposal(
          leader,
          { proposalId: id, reason, items: "Báo giá bổ sung", deadline: "2026-12-20" },
          NOW,
        );
      });
      const results = await Promise.allSettled(attempts);
      const won = results.filter((r) => r.status === "fulfilled");
      expect(won).toHaveLength(1);
      for (const r of results) {
        if (r.status === "rejected")
          expect(r.reason instanceof ConflictError || r.reason instanceof WorkflowError).toBe(true);
      }
      expect(await db.decision.count({ where: { proposalId: id } })).toBe(1);
      expect(await db.proposalEvent.count({ where: { proposalId: id } })).toBe(1);
      const p = await db.proposal.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
      expect(p.version).toBe(1);
      const env = await db.budgetEnvelope.findUniqueOrThrow({ where: { id: envelope.id } });
      expect(env.committed).toBe(p.status === "APPROVED" ? 100n * TRIEU : 0n);
      expect(await db.supplementRequest.count({ where: { proposalId: id } })).toBe(p.status === "RETURNED" ? 1 : 0);
    }, 120_000);

    it("decision numbers of the year stay unique and gap-free under concurrency", async () => {
      await setEnvelopeRow(db, 100_000, { year: 2028 });
      const ids = await Promise.all(
        Array.from({ length: 30 }, () =>
          makeProposal(db, { ownEstablishment: true, status: "RECOMMENDED", year: 2028, requestedTrieu: 10 }),
        ),
      );
      const before = await db.decision.count({ where: { numberKey: "decision:000.00.20.H45:2026:QĐ" } });
      const ds = await Promise.all(ids.map((id) => approveProposal(leader, { proposalId: id, reason }, NOW)));
      const seqs = ds.map((d) => Number(d.number.split("/")[0])).sort((a, b) => a - b);
      expect(new Set(seqs).size).toBe(30);
      expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => before + i + 1));
    }, 120_000);
  });

  describe("the envelope can never be over-committed", () => {
    it("200 concurrent approvals against an envelope for 10 approve exactly 10", async () => {
      const envelope = await setEnvelopeRow(db, 100, { year: 2029 }); // 100 triệu = 10 × 10 triệu
      const ids: string[] = [];
      for (let i = 0; i < 200; i++)
        ids.push(
          await makeProposal(db, { ownEstablishment: true, status: "RECOMMENDED", year: 2029, requestedTrieu: 10 }),
        );
      const results = await Promise.allSettled(
        ids.map((id) => approveProposal(leader, { proposalId: id, reason }, NOW)),
      );
      const ok = results.filter((r) => r.status === "fulfilled").length;
      const refused = results.filter(
        (r) => r.status === "rejected" && r.reason instanceof WorkflowError && /Vượt hạn mức/.test(r.reason.message),
      ).length;
      expect(ok).toBe(10);
      expect(refused).toBe(190);
      expect(await db.proposal.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(10);
      expect(await db.decision.count({ where: { proposalId: { in: ids } } })).toBe(10);
      const env = await db.budgetEnvelope.findUniqueOrThrow({ where: { id: envelope.id } });
      expect(env.committed).toBe(100n * TRIEU);
    }, 300_000);

    it("approving a plan approves its đề án all or nothing, and twice is refused", async () => {
      await setEnvelopeRow(db, 250, { year: 2030 });
      const ids = await Promise.all(
        [1, 2, 3].map(() =>
          makeProposal(db, { ownEstablishment: true, status: "RECOMMENDED", year: 2030, requestedTrieu: 100 }),
        ),
      );
      const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.00.20.H45" }, select: { id: true } });
      const plan = await db.annualPlan.create({
        data: { agencyId: agency.id, year: 2030, fund: "KCDP", name: "Kế hoạch khuyến công địa phương năm 2030" },
      });
      await addToPlan(staff, { planId: plan.id, proposalIds: ids });
      await expect(
        approvePlan(leader, { planId: plan.id, decisionNo: "15/QĐ-UBND", decisionDate: "20/11/2026" }, NOW),
      ).rejects.toThrow(/Vượt hạn mức/);
      expect(await db.proposal.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(0);
      expect((await db.annualPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("DRAFT");

      await setEnvelopeRow(db, 300, { year: 2030 });
      const racing = await Promise.allSettled(
        [1, 2, 3, 4, 5].map(() =>
          approvePlan(leader, { planId: plan.id, decisionNo: "15/QĐ-UBND", decisionDate: "20/11/2026" }, NOW),
        ),
      );
      expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.proposal.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(3);
      const env = await db.budgetEnvelope.findFirstOrThrow({ where: { agencyId: agency.id, year: 2030 } });
      expect(env.committed).toBe(300n * TRIEU);
      const approved = await db.annualPlan.findUniqueOrThrow({ where: { id: plan.id } });
      expect(approved).toMatchObject({ status: "APPROVED", decisionNo: "15/QĐ-UBND" });
    }, 120_000);
  });
});
