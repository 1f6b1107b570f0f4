// The durable queue end to end on a real database (PGlite; the same on PostgreSQL below when reachable):
// decisions enqueue in their own statement, workers (pg-boss) fan out to SMS and Zalo through adapters
// that talk HTTP to local stub gateways answering with the providers' documented replies.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { approveProposal, returnProposal } from "@/lib/decisions/mutations";
import { smsAdapter } from "@/lib/channels/sms";
import { zaloAdapter } from "@/lib/channels/zalo";
import { pgliteExecutor, type BossTarget } from "@/lib/jobs/boss";
import { startWorkers, type Workers } from "@/lib/workers/start";
import { notifyUsers } from "@/lib/notifications/notify";
import { retryDelivery } from "@/lib/notifications/mutations";
import { ForbiddenError } from "@/lib/errors";
import { openCall } from "@/lib/notifications/calls";
import { addSubscription, savePreferences } from "@/lib/notifications/preferences";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, createPostgresTestDb, describeOnPostgres } from "@/tests/helpers/test-db";
import { SMS_PATH, ZNS_PATH, startStubGateways, type StubGateways } from "@/tests/helpers/stub-gateways";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";

const NOW = new Date("2026-12-03T03:00:00Z");

async function until<T>(what: string, fn: () => Promise<T | undefined | null | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function suite(
  open: () => Promise<{ prisma: PrismaClient; target: BossTarget; close: () => Promise<void> }>,
  port: number,
) {
  let db: PrismaClient;
  let close: () => Promise<void>;
  let gw: StubGateways;
  let workers: Workers;
  const A = {} as Record<"applicant" | "other" | "leader" | "staff", Awaited<ReturnType<typeof actorFor>>>;

  const startTestWorkers = async (target: BossTarget) =>
    (await startWorkers({
      target,
      schedule: false,
      pollingIntervalSeconds: 0.5,
      retry: { retryLimit: 3, retryDelay: 1 },
      policy: { quiet: null, dailyCap: 50 },
      appUrl: "https://khuyencong.example.vn",
      adapters: {
        SMS: smsAdapter({ url: gw.smsUrl, apiKey: "api-key", secretKey: "secret-key", brandname: "SCT_TEST" }),
        ZALO: zaloAdapter({ url: gw.znsUrl, accessToken: "oa-token", templateId: "123456" }),
      },
    })) as Workers;
  let target: BossTarget;

  beforeAll(async () => {
    const t = await open();
    target = t.target;
    db = t.prisma;
    close = t.close;
    setDbForTesting(db);
    await seedFixtures(db);
    await seedAppraisal(db);
    gw = await startStubGateways(port);
    workers = await startTestWorkers(t.target);
    A.applicant = await actorFor(db, "doanhnghiep@demo.vn");
    A.leader = await actorFor(db, "lanhdao@demo.vn");
    A.staff = await actorFor(db, "chuyenvien@demo.vn");
    await savePreferences(A.applicant, { channels: ["EMAIL", "SMS", "ZALO"], consent: true });
  }, 180_000);

  afterAll(async () => {
    await workers?.stop();
    setDbForTesting(undefined);
    await gw?.close();
    await close?.();
  });

  const deliveriesOf = (event: string) =>
    db.notificationDelivery.findMany({ where: { key: { startsWith: `${event}:` } }, orderBy: { channel: "asc" } });
  const settled = (event: string, n: number) =>
    until(`${n} settled deliveries of ${event}`, async () => {
      const rows = await deliveriesOf(event);
      return (
        rows.length === n &&
        rows.every((r) => r.status === "SENT" || r.status === "DEAD" || r.status === "CANCELLED") &&
        rows
      );
    });

  it("a committed decision sends exactly one message per channel the applicant chose", async () => {
    gw.reset();
    await setEnvelopeRow(db, 10_000);
    // 10 triệu each: the file approves many machinery đề án of one household, which share its cap (issue 23).
    const id = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 10 });
    const d = await approveProposal(A.leader, { proposalId: id, reason: "Đủ điều kiện, phù hợp kế hoạch." }, NOW);
    const rows = await settled(`decision:${d.id}`, 2);
    expect(rows.map((r) => [r.channel, r.status, r.to])).toEqual([
      ["SMS", "SENT", "0912000001"],
      ["ZALO", "SENT", "0912000001"],
    ]);
    // Exactly the documented requests, one each.
    expect(gw.sms).toHaveLength(1);
    expect(gw.sms[0]?.path).toBe(SMS_PATH);
    expect(gw.sms[0]?.body).toEqual({
      ApiKey: "api-key",
      SecretKey: "secret-key",
      Phone: "84912000001",
      Brandname: "SCT_TEST",
      SmsType: "2",
      IsUnicode: "0",
      RequestId: rows[0]?.id,
      Content: expect.stringMatching(
        new RegExp(
          `^KhuyenCong: De an duoc phe duyet: TEST-\\w+\\. Ly do: Du dieu kien, phu hop ke hoach\\. https://khuyencong\\.example\\.vn/quyet-dinh/${d.id}$`,
        ),
      ),
    });
    expect(gw.zns).toHaveLength(1);
    expect(gw.zns[0]?.headers.access_token).toBe("oa-token");
    expect(gw.zns[0]?.body).toEqual({
      phone: "84912000001",
      template_id: "123456",
      tracking_id: rows[1]?.id,
      template_data: {
        ma_ho_so: expect.stringMatching(/^TEST-/),
        noi_dung: expect.stringContaining("Đề án được phê duyệt"),
        lien_ket: `https://khuyencong.example.vn/quyet-dinh/${d.id}`,
      },
    });
    expect(
      await db.outboxEmail.count({
        where: { to: "doanhnghiep@demo.vn", subject: { contains: "Đề án được phê duyệt" } },
      }),
    ).toBe(1);
  });

  it("a decision that does not commit enqueues nothing and sends nothing", async () => {
    gw.reset();
    const jobs = async () =>
      Number(
        (
          await db.$queryRaw<Array<{ n: number }>>`SELECT (SELECT count(*) FROM pgboss.job WHERE name = 'notice')
            + (SELECT count(*) FROM "JobOutbox" WHERE queue = 'notice') AS n`
        )[0]?.n,
      );
    const before = { jobs: await jobs(), deliveries: await db.notificationDelivery.count() };
    // The statement refuses an approval the envelope cannot hold: nothing of the decision is written.
    await setEnvelopeRow(db, 1);
    const id = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 500 });
    expect(
      await caught(approveProposal(A.leader, { proposalId: id, reason: "Thử vượt dự toán." }, NOW)),
    ).toBeInstanceOf(Error);
    // An interactive transaction that notifies, then rolls back.
    await caught(
      db.$transaction(async (tx) => {
        await notifyUsers(tx, [A.applicant.id], {
          kind: "proposal.returned",
          title: "Không được gửi",
          body: "x",
          link: null,
        });
        throw new Error("rollback");
      }),
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect({ jobs: await jobs(), deliveries: await db.notificationDelivery.count() }).toEqual(before);
    expect(gw.sms.length + gw.zns.length).toBe(0);
    await setEnvelopeRow(db, 10_000);
  });

  it("a gateway failing twice then succeeding delivers once", async () => {
    gw.reset();
    gw.script(SMS_PATH, [
      { status: 503, body: { error: "busy" } },
      { status: 200, body: { CodeResult: "103", ErrorMessage: "Not enough balance" } },
    ]);
    const id = await makeProposal(db, { status: "SUBMITTED" });
    const d = await returnProposal(
      A.staff,
      { proposalId: id, reason: "Thiếu báo giá.", items: "03 báo giá", deadline: "20/12/2026" },
      NOW,
    );
    const rows = await settled(`decision:${d.id}`, 2);
    const sms = rows.find((r) => r.channel === "SMS");
    expect(sms).toMatchObject({ status: "SENT", attempts: 3, error: null });
    expect(gw.sms).toHaveLength(3);
    expect(new Set(gw.sms.map((r) => (r.body as { RequestId: string }).RequestId))).toEqual(new Set([sms?.id]));
    expect(gw.zns).toHaveLength(1);
  });

  it("a transient error on every try ends in the dead-letter list with the last error, after the retries", async () => {
    gw.reset();
    const busy = { status: 503, body: { error: "busy" } };
    gw.script(SMS_PATH, [busy, busy, busy, busy]);
    const id = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 10 });
    const d = await approveProposal(A.leader, { proposalId: id, reason: "Đủ điều kiện." }, NOW);
    const rows = await until(
      "the dead SMS",
      async () => {
        const r = await deliveriesOf(`decision:${d.id}`);
        return r.find((x) => x.channel === "SMS")?.status === "DEAD" && r;
      },
      60_000,
    );
    expect(rows.find((r) => r.channel === "SMS")).toMatchObject({
      status: "DEAD",
      attempts: 4,
      error: "Hết 4 lần thử: Cổng gửi tin trả lỗi HTTP 503",
    });
    expect(gw.sms).toHaveLength(4);
  }, 90_000);

  it("a permanent error lands in the dead-letter list with its reason, without retries", async () => {
    gw.reset();
    gw.script(ZNS_PATH, [{ status: 200, body: { error: -108, message: "Phone number invalid" } }]);
    const id = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 10 });
    const d = await approveProposal(A.leader, { proposalId: id, reason: "Đủ điều kiện." }, NOW);
    const rows = await settled(`decision:${d.id}`, 2);
    expect(rows.find((r) => r.channel === "ZALO")).toMatchObject({
      status: "DEAD",
      attempts: 1,
      error: "ZNS -108: Số điện thoại không hợp lệ",
    });
    expect(gw.zns).toHaveLength(1);
    const dlq = await db.$queryRaw<
      Array<{ data: { id: string; reason: string } }>
    >`SELECT data FROM pgboss.job WHERE name = 'dead-letter' UNION ALL SELECT data FROM "JobOutbox" WHERE queue = 'dead-letter'`;
    const deadId = rows.find((r) => r.channel === "ZALO")?.id ?? "";
    expect(dlq.map((j) => j.data)).toContainEqual({ id: deadId, reason: "ZNS -108: Số điện thoại không hợp lệ" });
    // The admin's retry (after the number was corrected): authorized, audited, sent once more.
    expect(await caught(retryDelivery(A.applicant, deadId))).toBeInstanceOf(ForbiddenError);
    const admin = await actorFor(db, "quantri@demo.vn");
    await retryDelivery(admin, deadId);
    expect(await db.auditLog.count({ where: { action: "delivery.retry", entityId: deadId, actorId: admin.id } })).toBe(
      1,
    );
    await until(
      "the retried delivery",
      async () => (await db.notificationDelivery.findUnique({ where: { id: deadId } }))?.status === "SENT",
    );
    expect(gw.zns).toHaveLength(2);
  });

  it("opting out stops the next message", async () => {
    gw.reset();
    await savePreferences(A.applicant, { channels: ["ZALO"], consent: true });
    const id = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 10 });
    const d = await approveProposal(A.leader, { proposalId: id, reason: "Đủ điều kiện." }, NOW);
    const rows = await settled(`decision:${d.id}`, 1);
    expect(rows.map((r) => r.channel)).toEqual(["ZALO"]);
    expect(gw.sms).toHaveLength(0);
    const { code } = await db.proposal.findUniqueOrThrow({ where: { id }, select: { code: true } });
    expect(await db.outboxEmail.count({ where: { subject: { contains: code ?? "?" } } })).toBe(0);
    await savePreferences(A.applicant, { channels: ["EMAIL", "ZALO"], consent: true });
    // Withdrawn consent also stops a message already queued: the delivery re-reads the choice.
    await workers.boss.offWork("delivery");
    const id2 = await makeProposal(db, { status: "RECOMMENDED", requestedTrieu: 10 });
    const d2 = await approveProposal(A.leader, { proposalId: id2, reason: "Đủ điều kiện." }, NOW);
    await until("the queued delivery", async () => (await deliveriesOf(`decision:${d2.id}`)).length === 1);
    await savePreferences(A.applicant, { channels: ["EMAIL"], consent: false });
    await workers.stop();
    workers = await startTestWorkers(target);
    const [r2] = await settled(`decision:${d2.id}`, 1);
    expect(r2?.status).toBe("CANCELLED");
    expect(gw.zns).toHaveLength(1);
  });

  it("a new call (đợt) alerts exactly the applicants whose subscription matches", async () => {
    gw.reset();
    const other = await db.user.create({
      data: { email: "khac@demo.vn", phone: "0912000099", passwordHash: "x", name: "Cơ sở khác", role: "ENTERPRISE" },
    });
    const third = await db.user.create({
      data: { email: "thu3@demo.vn", phone: "0912000098", passwordHash: "x", name: "Cơ sở thứ ba", role: "ENTERPRISE" },
    });
    const asOther = await actorFor(db, "khac@demo.vn");
    const asThird = await actorFor(db, "thu3@demo.vn");
    await savePreferences(A.applicant, { channels: ["EMAIL", "SMS"], consent: true });
    await savePreferences(asOther, { channels: ["SMS"], consent: true });
    await savePreferences(asThird, { channels: ["SMS"], consent: true });
    await addSubscription(A.applicant, { activityCode: "UNG_DUNG_MAY_MOC", industry: "Chế biến gỗ" });
    await addSubscription(asOther, { industry: "Dệt may" });
    await addSubscription(asThird, {});
    const call = await openCall(A.staff, {
      name: "Đợt 2/2027 – máy móc tiên tiến",
      opensAt: "2027-01-05",
      closesAt: "2027-02-28",
      activityCodes: ["UNG_DUNG_MAY_MOC"],
      industries: ["Chế biến gỗ", "Cơ khí"],
    });
    const rows = await settled(`call-opened:${call.id}`, 2);
    expect(rows.map((r) => r.userId).sort()).toEqual([A.applicant.id, third.id].sort());
    expect(gw.sms.map((r) => (r.body as { Phone: string }).Phone).sort()).toEqual(["84912000001", "84912000098"]);
    expect(await db.notification.count({ where: { kind: "call.opened", userId: other.id } })).toBe(0);
  });
}

describe("job queue and channels [PGlite]", () => {
  suite(async () => {
    const t = await createPgliteTestDb();
    return { prisma: t.prisma, target: { executor: pgliteExecutor(t.pglite) }, close: t.close };
  }, 3281);
});

describeOnPostgres("job queue and channels", () => {
  suite(async () => {
    const t = await createPostgresTestDb();
    return { prisma: t.prisma, target: { connectionString: t.url }, close: t.close };
  }, 3282);
});
