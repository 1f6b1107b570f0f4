// Issue 17 "what is sent": scheduling the acceptance (nghiệm thu) tells the applicant, in the same
// transaction as the schedule — the in-app notice and the SMS/Zalo event job — and is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { relayOutbox } from "@/lib/jobs/relay";
import { ValidationError, WorkflowError } from "@/lib/errors";
import { scheduleAcceptance } from "@/lib/implementation/acceptance-schedule";
import { getImplementationDetail } from "@/lib/implementation/detail-queries";
import { seedImplementation } from "@/prisma/seed/implementation";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor, enterprise: Actor;
let demoId: string;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedImplementation(db);
  staff = await actorFor(db, "chuyenvien@demo.vn");
  enterprise = await actorFor(db, "doanhnghiep@demo.vn");
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

describe("scheduling the acceptance", () => {
  it("records date and place, tells the applicant (notice + queue job) and writes an audit row", async () => {
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const { scheduleId } = await scheduleAcceptance(staff, demoId, {
      scheduledFor: day,
      place: "Xưởng mộc Tiến Thành, xã Yên Lạc",
      note: "Chuẩn bị hóa đơn mua máy.",
    });
    const notice = await db.notification.findFirstOrThrow({
      where: { kind: "acceptance.scheduled", user: { email: "doanhnghiep@demo.vn" } },
    });
    expect(notice.title).toMatch(/^Lịch nghiệm thu: /);
    expect(notice.body).toContain("Xưởng mộc Tiến Thành, xã Yên Lạc");
    expect(notice.body).toContain(`${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`);
    await relayOutbox(db);
    const jobs = await db.$queryRaw<
      Array<{ n: number }>
    >`SELECT count(*)::int AS n FROM pgboss.job WHERE "name" = 'notice' AND "data"->'notice'->>'kind' = 'acceptance.scheduled'`;
    expect(jobs[0]!.n).toBe(1);
    expect(await db.auditLog.count({ where: { action: "acceptance.schedule", entityId: scheduleId } })).toBe(1);
    const d = await getImplementationDetail(enterprise, demoId);
    expect(d.acceptanceSchedule?.place).toBe("Xưởng mộc Tiến Thành, xã Yên Lạc");
  });

  it("refuses a date in the past next to the field, and the enterprise cannot schedule", async () => {
    const e = await caught(scheduleAcceptance(staff, demoId, { scheduledFor: "2020-01-01", place: "Tại xưởng" }));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fieldErrors.scheduledFor?.[0]).toBe("Ngày nghiệm thu không được trước hôm nay.");
    await expect(
      scheduleAcceptance(enterprise, demoId, { scheduledFor: "2030-01-01", place: "Tại xưởng" }),
    ).rejects.toThrow(/quyền/);
  });

  it("refuses a đề án that is not under contract", async () => {
    const draft = await db.proposal.findFirstOrThrow({
      where: { status: "SUBMITTED", agency: { code: "000.00.20.H45" } },
      select: { id: true },
    });
    const e = await caught(scheduleAcceptance(staff, draft.id, { scheduledFor: "2030-01-01", place: "Tại xưởng" }));
    expect(e).toBeInstanceOf(WorkflowError);
  });
});
