// Issue 17 "no spam": the daily cap per recipient holds under concurrency. Eight SMS to one person are
// delivered at the same moment by eight workers on a real PostgreSQL server with a cap of 3: exactly
// three go out, the other five are deferred to the next morning (re-queued, never dropped).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { relayOutbox } from "@/lib/jobs/relay";
import { deliverOne } from "@/lib/notifications/delivery";
import type { ChannelAdapter } from "@/lib/channels/types";
import { seedFixtures } from "@/tests/helpers/fixtures";
import { createPostgresTestDb, describeOnPostgres, type PostgresTestDb } from "@/tests/helpers/test-db";

let t: PostgresTestDb;
let db: PrismaClient;

describeOnPostgres("daily cap per recipient under concurrent workers", () => {
  beforeAll(async () => {
    t = await createPostgresTestDb();
    db = t.prisma;
    setDbForTesting(db);
    await seedFixtures(db);
  }, 180_000);
  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
  });

  it("eight simultaneous SMS to one person with a cap of 3: three sent, five deferred to 07:00", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "doanhnghiep@demo.vn" }, select: { id: true } });
    await db.notificationPreference.upsert({
      where: { userId: user.id },
      create: { userId: user.id, channels: ["EMAIL", "SMS"], consentAt: new Date(), consentVersion: "test" },
      update: { channels: ["EMAIL", "SMS"], consentAt: new Date() },
    });
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const d = await db.notificationDelivery.create({
        data: {
          key: `cap-race:${i}:${user.id}:SMS`,
          userId: user.id,
          channel: "SMS",
          to: "0912000001",
          kind: "test",
          subject: "Thử",
          text: `Tin ${i}`,
        },
        select: { id: true },
      });
      ids.push(d.id);
    }
    let sends = 0;
    const slowSms: ChannelAdapter = {
      channel: "SMS",
      async send(m) {
        sends++;
        await new Promise((r) => setTimeout(r, 150));
        return { providerId: `p-${m.id}` };
      },
    };
    const now = new Date("2026-12-03T03:00:00Z"); // 10:00 in Hà Nội, outside quiet hours
    const outcomes = await Promise.all(
      ids.map((id) =>
        deliverOne(id, {
          adapters: { SMS: slowSms },
          policy: { quiet: { from: 21, to: 7 }, dailyCap: 3 },
          now: () => now,
        }),
      ),
    );
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(3);
    expect(outcomes.filter((o) => o === "deferred")).toHaveLength(5);
    expect(sends).toBe(3);
    const rows = await db.notificationDelivery.findMany({
      where: { id: { in: ids } },
      select: { status: true, error: true },
    });
    expect(rows.filter((r) => r.status === "SENT")).toHaveLength(3);
    expect(rows.filter((r) => r.status === "PENDING" && r.error?.startsWith("Hoãn đến 07:00 04/12/2026"))).toHaveLength(
      5,
    );
    await relayOutbox(db);
    const requeued = await db.$queryRaw<
      Array<{ n: number }>
    >`SELECT count(*)::int AS n FROM pgboss.job WHERE "name" = 'delivery' AND "data"->>'id' = ANY(${ids})`;
    expect(requeued[0]!.n).toBe(5);
  });
});
