// Approval up the hierarchy (issue 19): a figure approved by the province is locked for its staff; the ministry
// accepts the province's figures of a year and they are locked for the province too; a correction reopens one level
// at a time with a reason, and the old figure stays in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { approveResultEntry, createResultEntry, updateResultEntry } from "@/lib/results/mutations";
import { acceptNationalResults, listNationalAcceptance, reopenResult } from "@/lib/results/hierarchy";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";

let db: PrismaClient;
let close: () => Promise<void>;
let staff: Actor, leader: Actor, ministry: Actor, otherLeader: Actor;

const entry = (value: string) => ({
  indicatorCode: "TIN_BAI",
  period: "2021-2025",
  year: "2023",
  value,
  description: "Tin bài về chương trình khuyến công trên báo tỉnh",
  evidence: "Công văn 12/SCT-QLCN ngày 05/12/2023",
});

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  [staff, leader, ministry] = await Promise.all([
    actorFor(db, "chuyenvien@demo.vn"),
    actorFor(db, "lanhdao@demo.vn"),
    actorFor(db, "bo@demo.vn"),
  ]);
  otherLeader = { ...leader, id: "other-leader", provinceId: "__other_province__" };
}, 180_000);
afterAll(async () => {
  setDbForTesting(undefined);
  await close?.();
});

describe("results approved by the province, then accepted by the ministry", () => {
  it("locks at each level and reopens one level at a time with a reason", async () => {
    const id = await createResultEntry(staff, entry("12"));
    await approveResultEntry(leader, id);
    // Province lock: staff cannot edit.
    expect(await caught(updateResultEntry(staff, id, entry("13")))).toBeInstanceOf(WorkflowError);

    // The ministry sees it awaiting and accepts the province's year.
    const row = (await listNationalAcceptance(ministry)).find(
      (r) => r.provinceId === leader.provinceId && r.year === 2023,
    )!;
    expect(row.awaiting).toBeGreaterThanOrEqual(1);
    expect(await caught(acceptNationalResults(leader, { provinceId: leader.provinceId, year: 2023 }))).toBeInstanceOf(
      ForbiddenError,
    );
    const n = await acceptNationalResults(ministry, { provinceId: leader.provinceId, year: 2023 });
    expect(n).toBe(row.awaiting);
    expect((await db.result.findUniqueOrThrow({ where: { id } })).nationalAcceptedAt).not.toBeNull();
    expect(await caught(acceptNationalResults(ministry, { provinceId: leader.provinceId, year: 2023 }))).toBeInstanceOf(
      WorkflowError,
    );

    // National lock: the province cannot reopen; a reason is required; another province does not see it.
    expect(await caught(reopenResult(leader, { id, reason: "Sai số liệu, cần sửa lại." }))).toBeInstanceOf(
      WorkflowError,
    );
    expect(await caught(reopenResult(ministry, { id, reason: "ngắn" }))).toBeInstanceOf(ValidationError);
    expect(await caught(reopenResult(otherLeader, { id, reason: "Sai số liệu, cần sửa lại." }))).toBeInstanceOf(Error);

    // The ministry reopens its level, then the province its own; the figure is editable again.
    expect(await reopenResult(ministry, { id, reason: "Tỉnh báo cáo nhầm số tin bài năm 2023." })).toBe("national");
    expect(await reopenResult(leader, { id, reason: "Sửa theo công văn đính chính của Báo tỉnh." })).toBe("province");
    const reopened = await db.result.findUniqueOrThrow({ where: { id } });
    expect([reopened.status, reopened.approvedAt, reopened.nationalAcceptedAt]).toEqual(["DRAFT", null, null]);
    await updateResultEntry(staff, id, entry("10"));

    // The trail: each reopening with its reason and the old figure, the edit with old → new.
    const trail = await db.auditLog.findMany({ where: { entity: "Result", entityId: id }, orderBy: { id: "asc" } });
    expect(trail.map((a) => a.action)).toEqual([
      "result.create",
      "result.approve",
      "result.reopenNational",
      "result.reopen",
      "result.update",
    ]);
    expect(trail[2]).toMatchObject({ reason: "Tỉnh báo cáo nhầm số tin bài năm 2023.", data: { value: "12" } });
    expect(trail[3]).toMatchObject({ data: { value: "12" } });
    expect(trail[4]!.data).toMatchObject({ value: "10", previousValue: "12" });
    expect(await db.auditLog.count({ where: { action: "result.acceptNational", entityId: leader.provinceId! } })).toBe(
      1,
    );
  });

  it("a figure from acceptance minutes is not reopened by the province (corrected by amended minutes)", async () => {
    const ind = await db.indicator.findUniqueOrThrow({ where: { code: "CS_MAY_MOC" } });
    const r = await db.result.create({
      data: {
        indicatorId: ind.id,
        year: 2024,
        startYear: 2024,
        endYear: 2024,
        provinceId: leader.provinceId,
        value: 1n,
        origin: "ACCEPTANCE",
        status: "APPROVED",
      },
    });
    expect(await caught(reopenResult(leader, { id: r.id, reason: "Muốn sửa số liệu này." }))).toMatchObject({
      message: expect.stringMatching(/biên bản nghiệm thu điều chỉnh/),
    });
    expect(
      await caught(reopenResult(leader, { id: "no-such-result", reason: "Muốn sửa số liệu này." })),
    ).toBeInstanceOf(NotFoundError);
  });
});
