// Who may do what to a dossier, on real PostgreSQL with the real data layer: roles, agencies
// (another province answers NotFound), conflict of interest and delegation windows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError, NotFoundError, WorkflowError } from "@/lib/errors";
import { advanceProposal } from "@/lib/appraisal/steps";
import { assignAppraisers, declareConflict } from "@/lib/appraisal/assignments";
import { submitScores } from "@/lib/appraisal/scoring";
import { updateTags } from "@/lib/appraisal/tags";
import { listQueue } from "@/lib/appraisal/queue";
import { parseQueueFilters } from "@/lib/appraisal/queue-filters";
import { getWorkspace } from "@/lib/appraisal/workspace";
import { approveProposal, rejectProposal, returnProposal } from "@/lib/decisions/mutations";
import { postMessage } from "@/lib/messages/mutations";
import { listMessages } from "@/lib/messages/queries";
import { approvePlan } from "@/lib/plans/approve";
import { createDelegation, revokeDelegation } from "@/lib/decisions/delegations";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPostgresTestDb, describeOnPostgres, type PostgresTestDb } from "@/tests/helpers/test-db";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";

let t: PostgresTestDb;
let db: PrismaClient;
const A = {} as Record<
  "staff" | "leader" | "director" | "enterprise" | "bacninh" | "ministry" | "admin" | "m1" | "m2" | "m3",
  Actor
>;

describeOnPostgres("Appraisal and decisions: roles, agencies, conflicts, delegation", () => {
  beforeAll(async () => {
    t = await createPostgresTestDb();
    db = t.prisma;
    setDbForTesting(db);
    await seedFixtures(db);
    await seedAppraisal(db);
    await setEnvelopeRow(db, 5_000);
    const emails = {
      staff: "chuyenvien@demo.vn",
      leader: "lanhdao@demo.vn",
      director: "giamdoc@demo.vn",
      enterprise: "doanhnghiep@demo.vn",
      bacninh: "chuyenvien.bacninh@demo.vn",
      ministry: "bo@demo.vn",
      admin: "quantri@demo.vn",
      m1: "thamdinh1@demo.vn",
      m2: "thamdinh2@demo.vn",
      m3: "thamdinh3@demo.vn",
    } as const;
    for (const [k, e] of Object.entries(emails)) A[k as keyof typeof A] = await actorFor(db, e);
  }, 180_000);

  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });

  const reason = "Lý do ghi rõ trong biên bản thẩm định.";
  const tomorrowish = "2026-12-20";
  const NOW = new Date("2026-11-23T03:00:00Z");

  describe("another province's staff sees nothing and can do nothing", () => {
    it("answers NotFound for every read and write on a Phú Thọ dossier", async () => {
      const id = await makeProposal(db, { status: "SUBMITTED" });
      const who = A.bacninh;
      await expect(getWorkspace(who, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(advanceProposal(who, { proposalId: id, action: "startAppraisal" })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(
        returnProposal(who, { proposalId: id, reason, items: "Báo giá", deadline: tomorrowish }, NOW),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignAppraisers(who, { proposalIds: [id], appraiserIds: [A.m1.id] })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(updateTags(who, { proposalIds: [id], add: ["ưu tiên"] })).rejects.toBeInstanceOf(NotFoundError);
      await expect(postMessage(who, { proposalId: id, body: "Xin chào" })).rejects.toBeInstanceOf(NotFoundError);
      const queue = await listQueue(who, parseQueueFilters({}));
      expect(queue.rows.map((r) => r.id)).not.toContain(id);
      const plan = await db.annualPlan.findFirstOrThrow({
        where: { agency: { code: "000.00.20.H45" } },
        select: { id: true },
      });
      await expect(
        approvePlan(A.bacninh, { planId: plan.id, decisionNo: "1/QĐ-UBND", decisionDate: "01/12/2026" }),
      ).rejects.toThrow();
    });
  });

  describe("roles", () => {
    it("an enterprise can neither decide nor appraise its own dossier, nor read internal notes", async () => {
      const id = await makeProposal(db, { status: "RECOMMENDED" });
      await expect(approveProposal(A.enterprise, { proposalId: id, reason }, NOW)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(rejectProposal(A.enterprise, { proposalId: id, reason }, NOW)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(
        returnProposal(A.enterprise, { proposalId: id, reason, items: "x", deadline: tomorrowish }, NOW),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        advanceProposal(A.enterprise, { proposalId: id, action: "recommend", reason }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listQueue(A.enterprise, parseQueueFilters({}))).rejects.toBeInstanceOf(ForbiddenError);
      await postMessage(A.staff, { proposalId: id, body: "Ghi chú nội bộ: cần khảo sát thực tế.", internal: true });
      await postMessage(A.staff, { proposalId: id, body: "Mời ông bổ sung ảnh chụp nhà xưởng." });
      await postMessage(A.enterprise, { proposalId: id, body: "Tôi đã gửi ảnh qua cổng." });
      await expect(
        postMessage(A.enterprise, { proposalId: id, body: "ghi chú", internal: true }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const seen = await listMessages(A.enterprise, id);
      expect(seen.map((m) => m.body)).toEqual(["Mời ông bổ sung ảnh chụp nhà xưởng.", "Tôi đã gửi ảnh qua cổng."]);
      expect((await listMessages(A.staff, id)).some((m) => m.internal)).toBe(true);
    });

    it("staff do not approve in their own right; a leader does; the ministry viewer and admin never", async () => {
      const id = await makeProposal(db, { status: "RECOMMENDED" });
      await expect(approveProposal(A.staff, { proposalId: id, reason }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(approveProposal(A.ministry, { proposalId: id, reason }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(approveProposal(A.admin, { proposalId: id, reason }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(advanceProposal(A.leader, { proposalId: id, action: "startAppraisal" })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      const d = await approveProposal(A.leader, { proposalId: id, reason, approvedSupport: "80 triệu" }, NOW);
      expect(d.number).toMatch(/^\d{2,}\/QĐ-SCT$/); // ND 30/2020: no year, leading zero below 10
      const p = await db.proposal.findUniqueOrThrow({
        where: { id },
        select: { status: true, approvedSupport: true, planId: true },
      });
      expect(p).toMatchObject({ status: "APPROVED", approvedSupport: 80_000_000n });
      expect(p.planId).not.toBeNull();
      const audit = await db.auditLog.findMany({ where: { entityId: id, action: "proposal.approve" } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorId: A.leader.id, reason });
      const notes = await db.notification.findMany({ where: { userId: A.enterprise.id, kind: "proposal.approved" } });
      expect(notes.length).toBeGreaterThan(0);
    });

    it("an appraiser sees only assigned dossiers and never decides", async () => {
      const id = await makeProposal(db, { status: "RECOMMENDED" });
      await expect(approveProposal(A.m1, { proposalId: id, reason }, NOW)).rejects.toBeInstanceOf(NotFoundError);
      // Even on an assigned dossier, a member never sees the workspace with the other members' scores.
      const mine = await makeProposal(db, { status: "SUBMITTED" });
      await assignAppraisers(A.staff, { proposalIds: [mine], appraiserIds: [A.m1.id] });
      await expect(getWorkspace(A.m1, mine)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(advanceProposal(A.m1, { proposalId: mine, action: "startAppraisal" })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    });
  });

  describe("delegated signing (ký thay / thừa lệnh / ủy quyền)", () => {
    it("signs for the principal inside the window, recording who signed for whom", async () => {
      const id = await makeProposal(db, { status: "RECOMMENDED" });
      const del = await db.delegation.findFirstOrThrow({
        where: { delegatorId: A.director.id, delegateId: A.leader.id },
      });
      const d = await approveProposal(A.leader, { proposalId: id, reason, delegationId: del.id }, NOW);
      const row = await db.decision.findUniqueOrThrow({ where: { id: d.id } });
      expect(row).toMatchObject({ signerId: A.leader.id, onBehalfOfId: A.director.id, signMode: "KY_THAY" });
      const ev = await db.proposalEvent.findFirstOrThrow({ where: { proposalId: id, action: "approve" } });
      expect(ev.onBehalfOfName).toBe("Đỗ Thị Lan");
    });

    it("a staff member with a thừa lệnh delegation from the leader may reject; outside its dates, refused", async () => {
      const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.00.20.H45" }, select: { id: true } });
      const del = await db.delegation.create({
        data: {
          agencyId: agency.id,
          delegatorId: A.director.id,
          delegateId: A.staff.id,
          mode: "THUA_LENH",
          validFrom: new Date("2026-11-01"),
          validTo: new Date("2026-11-30"),
        },
      });
      const id = await makeProposal(db, { status: "RECOMMENDED" });
      await expect(
        rejectProposal(A.staff, { proposalId: id, reason, delegationId: del.id }, new Date("2026-12-01T01:00:00Z")),
      ).rejects.toBeInstanceOf(WorkflowError);
      await expect(
        rejectProposal(A.staff, { proposalId: id, reason, delegationId: del.id }, new Date("2026-10-31T01:00:00Z")),
      ).rejects.toBeInstanceOf(WorkflowError);
      expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe("RECOMMENDED");
      const d = await rejectProposal(
        A.staff,
        { proposalId: id, reason, delegationId: del.id },
        new Date("2026-11-15T01:00:00Z"),
      );
      expect((await db.decision.findUniqueOrThrow({ where: { id: d.id } })).signMode).toBe("THUA_LENH");
      // Someone else's delegation cannot be borrowed.
      const other = await makeProposal(db, { status: "RECOMMENDED" });
      await expect(
        rejectProposal(
          A.bacninh,
          { proposalId: other, reason, delegationId: del.id },
          new Date("2026-11-15T01:00:00Z"),
        ),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe("managing delegations", () => {
    it("a leader delegates to a colleague for a period and can revoke it; staff cannot delegate", async () => {
      await expect(
        createDelegation(A.staff, {
          delegateId: A.leader.id,
          mode: "KY_THAY",
          validFrom: "2026-11-01",
          validTo: "2026-11-30",
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        createDelegation(A.director, {
          delegateId: A.bacninh.id,
          mode: "KY_THAY",
          validFrom: "2026-11-01",
          validTo: "2026-11-30",
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await createDelegation(A.director, {
        delegateId: A.staff.id,
        mode: "UY_QUYEN",
        validFrom: "2026-11-01",
        validTo: "2026-11-30",
        scope: "Thử nghiệm",
      });
      const del = await db.delegation.findFirstOrThrow({
        where: { delegatorId: A.director.id, delegateId: A.staff.id, mode: "UY_QUYEN" },
      });
      const id = await makeProposal(db, { status: "RECOMMENDED" });
      await revokeDelegation(A.director, del.id, new Date("2026-11-10T00:00:00Z"));
      await expect(
        rejectProposal(A.staff, { proposalId: id, reason, delegationId: del.id }, new Date("2026-11-15T01:00:00Z")),
      ).rejects.toThrow(/thu hồi/);
      await expect(revokeDelegation(A.leader, del.id)).rejects.toBeInstanceOf(WorkflowError);
    });
  });

  describe("return for supplement, council, conflict of interest", () => {
    it("returns with items and a deadline, round by round, and a numbered notice", async () => {
      const id = await makeProposal(db, { status: "SUBMITTED" });
      await expect(
        returnProposal(A.staff, { proposalId: id, reason, items: "", deadline: tomorrowish }, NOW),
      ).rejects.toThrow(/Dữ liệu chưa hợp lệ/);
      await expect(
        returnProposal(A.staff, { proposalId: id, reason, items: "Báo giá", deadline: "2026-11-01" }, NOW),
      ).rejects.toThrow();
      const d = await returnProposal(
        A.staff,
        { proposalId: id, reason, items: "03 báo giá\nẢnh nhà xưởng", deadline: "10/12/2026" },
        NOW,
      );
      expect(d.number).toMatch(/^\d{2,}\/TB-SCT$/);
      const s = await db.supplementRequest.findUniqueOrThrow({
        where: { proposalId_round: { proposalId: id, round: 1 } },
      });
      expect(s.items).toEqual(["03 báo giá", "Ảnh nhà xưởng"]);
      const mail = await db.outboxEmail.findMany({ where: { subject: { contains: "Yêu cầu bổ sung hồ sơ (lần 1)" } } });
      expect(mail.length).toBeGreaterThan(0);
      expect(mail[0]?.status).toBe("STORED");
    });

    it("a recused member can neither score nor be assigned again; scoring closes only when complete", async () => {
      const id = await makeProposal(db, { status: "SUBMITTED", title: "Ứng dụng máy móc sấy nông sản" });
      await advanceProposal(A.staff, { proposalId: id, action: "startAppraisal" });
      await assignAppraisers(A.staff, { proposalIds: [id], appraiserIds: [A.m1.id, A.m2.id, A.m3.id] });
      const rubric = await db.rubricCriterion.findMany({
        where: { rubric: { active: true } },
        orderBy: { position: "asc" },
      });
      const sheet = (v: number) => ({
        proposalId: id,
        scores: rubric.map((c) => ({
          criterionId: c.id,
          value: v,
          justification: "Đạt yêu cầu theo hồ sơ và khảo sát.",
        })),
      });

      await expect(submitScores(A.m1, sheet(8))).rejects.toThrow(/khai báo/); // must declare first
      await declareConflict(A.m3, { proposalId: id, decision: "RECUSED", note: "Tôi là người thân của chủ cơ sở." });
      await expect(submitScores(A.m3, sheet(9))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(declareConflict(A.m3, { proposalId: id, decision: "NO_CONFLICT" })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(assignAppraisers(A.staff, { proposalIds: [id], appraiserIds: [A.m3.id] })).rejects.toThrow(
        /không thể phân công lại/,
      );

      await declareConflict(A.m1, { proposalId: id, decision: "NO_CONFLICT" });
      await declareConflict(A.m2, { proposalId: id, decision: "NO_CONFLICT" });
      await submitScores(A.m1, sheet(8));
      await expect(advanceProposal(A.staff, { proposalId: id, action: "closeScoring" })).rejects.toThrow(
        /Phạm Thu Hằng/,
      );
      await expect(
        submitScores(A.m2, {
          proposalId: id,
          scores: [{ criterionId: rubric[0]!.id, value: 99, justification: "Quá điểm tối đa cho phép." }],
        }),
      ).rejects.toThrow();
      await submitScores(A.m2, sheet(6));
      await advanceProposal(A.staff, { proposalId: id, action: "closeScoring" });
      await expect(submitScores(A.m1, sheet(10))).rejects.toBeInstanceOf(WorkflowError);

      const ws = await getWorkspace(A.staff, id);
      expect(ws.summary?.meanTenths).toBe(700);
      expect(ws.summary?.completeCount).toBe(2);
      expect(ws.proposal.assignments.find((a) => a.appraiserId === A.m3.id)?.conflict).toBe("RECUSED");

      const found = await listQueue(A.staff, parseQueueFilters({ q: "may moc say", minScore: "65" }));
      expect(found.rows.map((r) => r.id)).toContain(id);
      const tooHigh = await listQueue(A.staff, parseQueueFilters({ q: "may moc say", minScore: "75" }));
      expect(tooHigh.rows.map((r) => r.id)).not.toContain(id);
    });

    it("tags many dossiers at once and filters the queue by tag", async () => {
      const a = await makeProposal(db, { status: "SUBMITTED" });
      const b = await makeProposal(db, { status: "SUBMITTED" });
      await updateTags(A.staff, { proposalIds: [a, b], add: ["khảo sát thực địa"] });
      const q = await listQueue(A.staff, parseQueueFilters({ tag: "khảo sát thực địa" }));
      expect(q.rows.map((r) => r.id).sort()).toEqual([a, b].sort());
    });
  });
});
