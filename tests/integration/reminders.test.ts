import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { sendDueReminders } from "@/lib/implementation/reminders";
import { POST } from "@/app/api/cron/reminders/route";
import { seedImplementation } from "@/prisma/seed/implementation";
import { seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

// The seeded đề án of Mộc Tiến Thành (contract 10/08/2026, reports for 08 and 09 filed) owes the
// October report, due 26/10/2026 (25/10 is a Sunday). On 03/11/2026 it is overdue.
const NOW = new Date("2026-11-03T02:00:00Z");
const SECRET = "test-cron-secret-0123456789";
process.env.CRON_SECRET = SECRET;

let t: PgliteTestDb;
let db: PrismaClient;
let demoId: string, enterpriseId: string, otherEnterpriseId: string;

const noticesOf = (userId: string) =>
  db.notification.findMany({
    where: { userId, kind: { startsWith: "reminder." } },
    select: { title: true, body: true, link: true },
  });

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedImplementation(db);
  demoId = (
    await db.proposal.findFirstOrThrow({
      where: { title: "Hỗ trợ máy dán cạnh tự động cho xưởng mộc" },
      select: { id: true },
    })
  ).id;
  enterpriseId = (await db.user.findUniqueOrThrow({ where: { email: "doanhnghiep@demo.vn" }, select: { id: true } }))
    .id;
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.00.20.H45" }, select: { id: true } });
  const other = await db.establishment.create({
    data: {
      name: "Hộ kinh doanh Gốm Thử Nghiệm",
      kind: "HKD",
      industry: "Gốm sứ",
      fictional: true,
      searchText: "ho kinh doanh gom thu nghiem",
    },
    select: { id: true },
  });
  otherEnterpriseId = (
    await db.user.create({
      data: {
        email: "gom@demo.vn",
        name: "Phạm Thị Gốm",
        role: "ENTERPRISE",
        agencyId: agency.id,
        establishmentId: other.id,
        passwordHash: "x",
      },
      select: { id: true },
    })
  ).id;
}, 120_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

let nextDay: Awaited<ReturnType<typeof sendDueReminders>>;

describe("deadline reminders", () => {
  it("reminds the establishment's user of the overdue October report, with an e-mail and an audit row", async () => {
    const run = await sendDueReminders(NOW);
    expect(run.reminders).toBeGreaterThan(0);
    const mine = await noticesOf(enterpriseId);
    const october = mine.filter((n) => n.title.includes("Báo cáo tiến độ tháng 10/2026"));
    expect(october).toHaveLength(1);
    expect(october[0]?.title).toMatch(/^Quá hạn/);
    expect(october[0]?.body).toContain("hạn 26/10/2026");
    expect(october[0]?.link).toBe(`/doanh-nghiep/thuc-hien/${demoId}`);
    expect(await db.outboxEmail.count({ where: { to: "doanhnghiep@demo.vn", subject: october[0]?.title } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "reminder.sent", entityId: demoId } });
    expect(audit.actorId).toBeNull();
  });

  it("another establishment's users get nothing", async () => {
    expect(await noticesOf(otherEnterpriseId)).toEqual([]);
    expect(await db.outboxEmail.count({ where: { to: "gom@demo.vn" } })).toBe(0);
  });

  it("a second run the same day sends nothing more; the next day reminds again", async () => {
    const before = {
      n: await db.notification.count(),
      mail: await db.outboxEmail.count(),
      audit: await db.auditLog.count({ where: { action: "reminder.sent" } }),
    };
    const again = await sendDueReminders(new Date(NOW.getTime() + 6 * 3600_000));
    expect(again).toEqual({ proposals: 0, reminders: 0, notifications: 0, emails: 0 });
    expect({
      n: await db.notification.count(),
      mail: await db.outboxEmail.count(),
      audit: await db.auditLog.count({ where: { action: "reminder.sent" } }),
    }).toEqual(before);
    nextDay = await sendDueReminders(new Date(NOW.getTime() + 24 * 3600_000));
    expect((await noticesOf(enterpriseId)).filter((n) => n.title.includes("tháng 10/2026"))).toHaveLength(2);
  });

  it("the watched đề án are read in batches: one at a time reminds of exactly what one batch does", async () => {
    const batched = await sendDueReminders(new Date(NOW.getTime() + 48 * 3600_000), { batchSize: 1 });
    expect(nextDay.reminders).toBeGreaterThan(0);
    expect(batched).toEqual(nextDay);
    expect((await noticesOf(enterpriseId)).filter((n) => n.title.includes("tháng 10/2026"))).toHaveLength(3);
  });

  it("the cron route refuses a caller without the secret and runs for the scheduler", async () => {
    const call = (auth?: string) =>
      POST(
        new Request("http://localhost/api/cron/reminders", {
          method: "POST",
          headers: auth ? { authorization: auth } : {},
        }),
      );
    expect((await call()).status).toBe(401);
    expect((await call("Bearer wrong-secret-wrong-secret")).status).toBe(401);
    const ok = await call(`Bearer ${SECRET}`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true });
  });
});
