// Feedback and complaints (issue 20): a code and a deadline of 10 working days (a weekend and a holiday skipped),
// validation next to the fields, a rate limit per client, the consent to publish recorded; staff of the agency
// assign and answer (once, confirmed, audited); the public page shows only consented, answered items, with the
// sender's initials and never a contact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ForbiddenError, NotFoundError, RateLimitError, ValidationError, WorkflowError } from "@/lib/errors";
import { answerFeedback, assignFeedback, FEEDBACK_LIMIT, submitFeedback } from "@/lib/feedback/mutations";
import { initials, listFeedbackForStaff, listPublicAnswers, lookupFeedback } from "@/lib/feedback/queries";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

const NOW = new Date("2026-11-20T03:00:00Z"); // a Friday
let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor, otherStaff: Actor, enterprise: Actor;
let dossierCode: string;

const base = {
  kind: "PORTAL",
  senderName: "Nguyễn Thị Hoa",
  contact: "0912 000 111",
  content: "Trang đăng ký khó dùng trên điện thoại cũ.",
  publishConsent: "on",
};

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedEnterprise(db);
  await db.holiday.create({ data: { date: new Date("2026-11-25T00:00:00Z"), name: "Ngày nghỉ (thử)" } });
  staff = await actorFor(db, "chuyenvien@demo.vn");
  otherStaff = await actorFor(db, "chuyenvien.bacninh@demo.vn");
  enterprise = await actorFor(db, "doanhnghiep@demo.vn");
  const p = await db.proposal.findFirstOrThrow({
    where: { code: { not: null }, agencyId: staff.agencyId! },
    select: { code: true },
  });
  dossierCode = p.code!;
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("feedback", () => {
  it("gets a code and a deadline of 10 working days, weekend and holiday skipped; consent recorded", async () => {
    const r = await submitFeedback(null, base, "client-a", NOW);
    expect(r.code).toMatch(/^PA-2026-\d{6}$/);
    // 23, 24, (25 holiday), 26, 27, 30/11, 1, 2, 3, 4, 7/12: the tenth working day is Monday 07/12/2026.
    expect(r.dueAt.toISOString().slice(0, 10)).toBe("2026-12-07");
    expect(await db.consentRecord.count({ where: { purpose: "PUBLIC_ANSWER" } })).toBe(1);
    const seen = await lookupFeedback(r.code.toLowerCase(), "client-a", NOW);
    expect(seen).toMatchObject({ code: r.code, status: "NEW", answer: null });
  });

  it("validates next to the fields, checks the dossier code, and limits a client's submissions", async () => {
    const e1 = (await caught(
      submitFeedback(null, { ...base, senderName: "", content: "ngắn" }, "client-b", NOW),
    )) as ValidationError;
    expect(Object.keys(e1.fieldErrors).sort()).toEqual(["content", "senderName"]);
    const e2 = (await caught(submitFeedback(null, { ...base, kind: "DOSSIER" }, "client-b", NOW))) as ValidationError;
    expect(e2.fieldErrors.dossierCode?.[0]).toMatch(/mã hồ sơ/);
    const e3 = (await caught(
      submitFeedback(null, { ...base, kind: "DOSSIER", dossierCode: "KHONG-CO" }, "client-b", NOW),
    )) as ValidationError;
    expect(e3.fieldErrors.dossierCode?.[0]).toMatch(/Không tìm thấy hồ sơ/);
    for (let i = 0; i < FEEDBACK_LIMIT; i++)
      await submitFeedback(null, { ...base, publishConsent: "" }, "client-c", NOW);
    expect(await caught(submitFeedback(null, base, "client-c", NOW))).toBeInstanceOf(RateLimitError);
  });

  it("goes to the dossier's agency; staff assign and answer once, with a confirmation; all audited", async () => {
    const r = await submitFeedback(enterprise, { ...base, kind: "DOSSIER", dossierCode }, "client-d", NOW);
    const row = await db.feedback.findUniqueOrThrow({ where: { code: r.code } });
    expect(row.agencyId).toBe(staff.agencyId);
    expect((await listFeedbackForStaff(staff, NOW)).rows.some((f) => f.id === row.id)).toBe(true);
    expect((await listFeedbackForStaff(otherStaff, NOW)).rows.some((f) => f.id === row.id)).toBe(false);
    expect(
      await caught(answerFeedback(otherStaff, row.id, { answer: "Trả lời của tỉnh khác.", confirm: "on" })),
    ).toBeInstanceOf(NotFoundError);
    expect(
      await caught(answerFeedback(enterprise, row.id, { answer: "Tôi tự trả lời.", confirm: "on" })),
    ).toBeInstanceOf(ForbiddenError);
    await assignFeedback(staff, row.id, staff.id);
    expect((await db.feedback.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("IN_PROGRESS");
    const noConfirm = (await caught(
      answerFeedback(staff, row.id, { answer: "Đã hướng dẫn bổ sung hồ sơ." }),
    )) as ValidationError;
    expect(noConfirm.fieldErrors.confirm?.[0]).toMatch(/Xác nhận/);
    await answerFeedback(staff, row.id, { answer: "Đã hướng dẫn bổ sung hồ sơ.", confirm: "on" }, NOW);
    expect(await caught(answerFeedback(staff, row.id, { answer: "Trả lời lần hai.", confirm: "on" }))).toBeInstanceOf(
      WorkflowError,
    );
    const actions = (
      await db.auditLog.findMany({ where: { entity: "Feedback", entityId: row.id }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["feedback.submit", "feedback.assign", "feedback.answer"]);
    expect((await lookupFeedback(r.code, "client-d", NOW))?.answer).toBe("Đã hướng dẫn bổ sung hồ sơ.");
  });

  it("publishes only consented answers, with initials and without contact", async () => {
    const yes = await submitFeedback(null, { ...base, content: "Xin công khai câu trả lời này." }, "client-e", NOW);
    const no = await submitFeedback(
      null,
      { ...base, publishConsent: "", content: "Không công khai câu này." },
      "client-e",
      NOW,
    );
    for (const code of [yes.code, no.code]) {
      const f = await db.feedback.findUniqueOrThrow({ where: { code } });
      await answerFeedback(staff, f.id, { answer: "Sở đã ghi nhận và sẽ cải thiện.", confirm: "on" }, NOW);
    }
    const pub = await listPublicAnswers();
    expect(pub.map((p) => p.code)).toContain(yes.code);
    expect(pub.map((p) => p.code)).not.toContain(no.code);
    const text = JSON.stringify(pub);
    expect(text).not.toContain("0912 000 111");
    expect(text).not.toContain("Nguyễn Thị Hoa");
    expect(pub.find((p) => p.code === yes.code)?.sender).toBe(initials("Nguyễn Thị Hoa"));
    expect(initials("Nguyễn Thị Hoa")).toBe("N.T.H.");
  });
});
