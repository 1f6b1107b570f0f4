// E-mail through a real SMTP server on loopback (smtp-server), sent by nodemailer after the decision's
// transaction commits; the received message is decoded and must read in Vietnamese, diacritics intact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { relayOutbox } from "@/lib/jobs/relay";
import { returnProposal } from "@/lib/decisions/mutations";
import { approveProposal } from "@/lib/decisions/mutations";
import { deliverEmailJob } from "@/lib/notifications/deliver";
import { MAIL_SAFETY_DELAY_MS } from "@/lib/notifications/mail-job";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPostgresTestDb, describeOnPostgres, type PostgresTestDb } from "@/tests/helpers/test-db";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";

type Received = { from: string; to: string[]; raw: string };
const inbox: Received[] = [];
let server: SMTPServer;
let t: PostgresTestDb;
let db: PrismaClient;

describeOnPostgres("Notifications through a real SMTP server", () => {
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          inbox.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("latin1"),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as AddressInfo;
    // Before the first env() read of this test file's module graph (env is cached per module instance).
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    t = await createPostgresTestDb();
    db = t.prisma;
    setDbForTesting(db);
    await seedFixtures(db);
    await seedAppraisal(db);
  }, 180_000);

  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    delete process.env.SMTP_URL;
  });

  /** Minimal MIME reader for nodemailer's single-part text messages: RFC 2047 subject, QP/base64 body. */
  function decode(raw: string): { subject: string; body: string } {
    const [head = "", ...rest] = raw.split("\r\n\r\n");
    const headers = head.replace(/\r\n[ \t]+/g, " ");
    const bytes = (s: string) => Buffer.from(s, "latin1");
    const word = (s: string) =>
      s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
        enc.toLowerCase() === "b"
          ? Buffer.from(text, "base64").toString("utf8")
          : bytes(
              text
                .replace(/_/g, " ")
                .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            ).toString("utf8"),
      );
    const subject = word(/^Subject: (.*)$/im.exec(headers)?.[1] ?? "").trim();
    const cte = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
    const payload = rest.join("\r\n\r\n");
    const body =
      cte === "base64"
        ? Buffer.from(payload.replace(/\s+/g, ""), "base64").toString("utf8")
        : cte === "quoted-printable"
          ? bytes(
              payload
                .replace(/=\r\n/g, "")
                .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            ).toString("utf8")
          : bytes(payload).toString("utf8");
    return { subject, body };
  }

  describe("notifications by e-mail", () => {
    it("a return reaches the applicant's mailbox in Vietnamese, and the outbox row is SENT", async () => {
      const staff = await actorFor(db, "chuyenvien@demo.vn");
      const id = await makeProposal(db, { status: "SUBMITTED", title: "Ứng dụng máy chà nhám thùng tự động" });
      await returnProposal(
        staff,
        {
          proposalId: id,
          reason: "Thiếu báo giá của nhà cung cấp thứ ba.",
          items: "03 báo giá máy chà nhám\nẢnh chụp nhà xưởng",
          deadline: "15/12/2026",
        },
        new Date("2026-11-23T03:00:00Z"),
      );
      const mail = inbox.find((m) => m.to.includes("doanhnghiep@demo.vn"));
      expect(mail).toBeDefined();
      const { subject, body } = decode(mail!.raw);
      expect(subject).toMatch(/^Yêu cầu bổ sung hồ sơ \(lần 1\): TEST-/);
      expect(body).toContain("Sở Công Thương đề nghị bổ sung, hoàn thiện hồ sơ đề án");
      expect(body).toContain("Ứng dụng máy chà nhám thùng tự động");
      expect(body).toContain("1. 03 báo giá máy chà nhám");
      expect(body).toContain("2. Ảnh chụp nhà xưởng");
      expect(body).toContain("Hạn nộp bổ sung: 15/12/2026.");
      expect(body).toContain(`/doanh-nghiep/ho-so/${id}`);
      const row = await db.outboxEmail.findFirstOrThrow({ where: { to: "doanhnghiep@demo.vn", subject } });
      expect(row.status).toBe("SENT");
      expect(row.sentAt).not.toBeNull();
    });

    it("an approval mails the decision number and its reason", async () => {
      inbox.length = 0;
      await setEnvelopeRow(db, 1_000, { year: 2027 });
      const leader = await actorFor(db, "lanhdao@demo.vn");
      const id = await makeProposal(db, { status: "RECOMMENDED", year: 2027 });
      const d = await approveProposal(
        leader,
        { proposalId: id, reason: "Đạt 82/100 điểm; phù hợp ưu tiên chế biến gỗ." },
        new Date("2026-11-23T03:00:00Z"),
      );
      const { subject, body } = decode(inbox[0]!.raw);
      expect(subject).toMatch(/^Đề án được phê duyệt: /);
      expect(body).toContain(`Quyết định số ${d.number}`);
      expect(body).toContain("Lý do: Đạt 82/100 điểm; phù hợp ưu tiên chế biến gỗ.");
    });

    it("nothing is lost between commit and send: the decision's own statement queues a delayed e-mail job that sends what is still unsent", async () => {
      inbox.length = 0;
      const staff = await actorFor(db, "chuyenvien@demo.vn");
      const id = await makeProposal(db, { status: "SUBMITTED", title: "Ứng dụng máy sấy nông sản" });
      const before = new Date();
      await returnProposal(
        staff,
        { proposalId: id, reason: "Thiếu báo giá.", items: "03 báo giá", deadline: "20/12/2026" },
        new Date("2026-11-23T03:00:00Z"),
      );
      const row = await db.outboxEmail.findFirstOrThrow({
        where: { to: "doanhnghiep@demo.vn", text: { contains: "Ứng dụng máy sấy nông sản" } },
      });
      expect(row.status).toBe("SENT");
      await relayOutbox(db);
      const jobs = await db.$queryRaw<Array<{ data: { ids: string[] }; start_after: Date }>>`
        SELECT "data", "start_after" FROM pgboss.job WHERE "name" = 'email' AND "data"->'ids' ? ${row.id}`;
      expect(jobs).toHaveLength(1);
      expect(jobs[0]!.start_after.getTime()).toBeGreaterThanOrEqual(before.getTime() + MAIL_SAFETY_DELAY_MS - 5_000);
      // The job finds the row SENT and sends nothing again…
      await deliverEmailJob(jobs[0]!.data.ids);
      expect(inbox.filter((m) => m.to.includes("doanhnghiep@demo.vn"))).toHaveLength(1);
      // …but had the process died after commit, before the immediate send, the job delivers it.
      await db.outboxEmail.update({ where: { id: row.id }, data: { status: "PENDING", sentAt: null } });
      await deliverEmailJob(jobs[0]!.data.ids);
      expect(inbox.filter((m) => m.to.includes("doanhnghiep@demo.vn"))).toHaveLength(2);
      expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SENT");
    });
  });
});
