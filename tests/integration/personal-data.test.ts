// Personal data as Law 91/2025/QH15 expects (issue 23): after erasure no table or file holds the person's name, tax
// code, phone or e-mail except the tables a stated legal retention covers (checked by a query over every text, JSON
// and text-array column of the database); the audit rows are kept, pseudonymised, and stay append-only; the export
// has a section for every kind of data the register lists; requests get a code and a working-day deadline; consents
// and breaches are recorded. Runs on PGlite and on PostgreSQL.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { localStore } from "@/lib/storage/local";
import { objectKey, setStoreForTesting } from "@/lib/storage";
import { createOwnEstablishment, registerAccount } from "@/lib/establishments/mutations";
import { checkDigit } from "@/lib/establishments/tax-code";
import { uploadDocument } from "@/lib/applications/documents";
import { submitApplication } from "@/lib/applications/submit";
import { postMessage } from "@/lib/messages/mutations";
import { savePreferences } from "@/lib/notifications/preferences";
import { eraseEstablishment } from "@/lib/privacy/erase";
import { identifiersOf } from "@/lib/privacy/sweep";
import { exportPersonalDataFull } from "@/lib/privacy/export";
import { answerDataRequest, fileDataRequest, listDataRequests } from "@/lib/privacy/requests";
import { listBreaches, markBreachStep, recordBreach } from "@/lib/privacy/breaches";
import { REGISTER, REGISTER_KEYS, RETAINED_TABLES } from "@/lib/privacy/register";
import { listPublicDeAn } from "@/lib/public-data/queries";
import { submitFeedback } from "@/lib/feedback/mutations";
import { deAnQuery } from "@/lib/public-data/schemas";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import {
  createPgliteTestDb,
  createPostgresTestDb,
  describeOnPostgres,
  type PgliteTestDb,
  type PostgresTestDb,
} from "@/tests/helpers/test-db";
import { machineryDraft } from "./applications-helpers";

const NOW = new Date("2026-11-20T03:00:00Z"); // a Friday

function taxCodeFrom(n: number): string {
  for (let i = n; ; i++) {
    const first9 = `0${String(i).padStart(8, "0")}`;
    const d = checkDigit(first9);
    if (d !== null) return `${first9}${d}`;
  }
}

type Person = { actor: Actor; establishmentId: string; ids: string[]; tag: string };

/** A self-registered household business with a dossier, a file, messages both ways, preferences and consents. */
async function person(db: PrismaClient, staff: Actor, tag: string, n: number): Promise<Person> {
  const owner = `Trần Văn Xuyến ${tag}`;
  const phone = `09${String(n).padStart(8, "0")}`;
  const email = `xuyen.${tag}@thu.vn`;
  const taxCode = taxCodeFrom(n);
  const { userId } = await registerAccount({
    name: owner,
    identifier: phone,
    password: "Moc-xuyen-2026-an-toan",
    confirm: "Moc-xuyen-2026-an-toan",
    agree: "on",
  });
  await db.user.update({ where: { id: userId }, data: { email } });
  const commune = await db.adminUnit.findUniqueOrThrow({ where: { code: "25-VINH-TUONG" } });
  let actor: Actor = {
    id: userId,
    name: owner,
    role: "ENTERPRISE",
    agencyId: null,
    provinceId: null,
    establishmentId: null,
  };
  const establishmentId = await createOwnEstablishment(
    actor,
    {
      kind: "HKD",
      name: `Hộ kinh doanh Mộc ${owner}`,
      taxCode,
      communeId: commune.id,
      address: `Thôn Đông ${tag}, xã Yên Lạc`,
      industryCode: "THU_CONG_MY_NGHE",
      industry: "Đồ gỗ",
      workforce: "5",
      representative: owner,
      bankAccount: `1903 ${String(n).padStart(8, "0")}`,
      bankName: "Agribank",
      phone,
      email,
    },
    NOW,
  );
  actor = { ...actor, establishmentId };
  await savePreferences(actor, { channels: ["EMAIL", "SMS"], consent: true, closingReminderDays: 3 });
  const draft = await machineryDraft(db, actor, { askTrieu: 100 });
  // A file whose bytes are this person's alone (content-addressed storage shares identical bytes).
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${owner} ${taxCode}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF`);
  await uploadDocument(actor, { proposalId: draft.id, kind: "QUOTATION", fileName: `Báo giá ${owner}.pdf`, bytes });
  await submitApplication(actor, draft.id, NOW);
  await postMessage(actor, { proposalId: draft.id, body: `Tôi là ${owner}, số điện thoại ${phone}.` });
  await postMessage(staff, { proposalId: draft.id, body: `Chào anh ${owner}, cán bộ đã nhận hồ sơ.` });
  return {
    actor,
    establishmentId,
    ids: identifiersOf([owner, `Hộ kinh doanh Mộc ${owner}`, taxCode, phone, email]),
    tag,
  };
}

/** Every (table, column) of text, JSON or text[] that holds any of the identifiers, with the number of rows. */
async function whereHeld(db: PrismaClient, ids: string[]): Promise<Map<string, number>> {
  const cols = await db.$queryRawUnsafe<Array<{ s: string; t: string; c: string; dt: string }>>(
    `SELECT c.table_schema AS s, c.table_name AS t, c.column_name AS c, c.data_type AS dt
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE t.table_type = 'BASE TABLE' AND c.table_schema IN ('public', 'pgboss')
        AND (c.data_type IN ('text', 'character varying', 'jsonb', 'json') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))`,
  );
  const out = new Map<string, number>();
  for (const c of cols) {
    const expr =
      c.dt === "ARRAY" ? `array_to_string("${c.c}", ' ')` : c.dt.startsWith("json") ? `"${c.c}"::text` : `"${c.c}"`;
    const cond = ids.map((_x, i) => `strpos(${expr}, $${i + 1}) > 0`).join(" OR ");
    const rows = await db.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM "${c.s}"."${c.t}" WHERE ${cond}`,
      ...ids,
    );
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0) out.set(`${c.t}.${c.c}`, n);
  }
  return out;
}

function suite(open: () => Promise<{ prisma: PrismaClient; close: () => Promise<void> }>) {
  let db: PrismaClient;
  let close: () => Promise<void>;
  let admin: Actor;
  let staff: Actor;
  let dir: string;

  beforeAll(async () => {
    ({ prisma: db, close } = await open());
    setDbForTesting(db);
    dir = await mkdtemp(path.join(tmpdir(), "kc-privacy-"));
    setStoreForTesting(localStore(dir));
    await seedFixtures(db);
    await seedEnterprise(db);
    await seedAppraisal(db);
    admin = await actorFor(db, "quantri@demo.vn");
    staff = await actorFor(db, "chuyenvien@demo.vn");
  }, 240_000);

  afterAll(async () => {
    setStoreForTesting(undefined);
    setDbForTesting(undefined);
    await close?.();
    await rm(dir, { recursive: true, force: true });
  });

  it("erasure leaves the person nowhere but in the tables a legal retention covers", async () => {
    const p = await person(db, staff, "e1", 71_000_001);
    const before = await whereHeld(db, p.ids);
    // The scan sees the person in many places before (so that "nowhere after" means something).
    for (const place of ["Establishment.name", "User.name", "Message.body", "ProposalEvent.actorName", "AuditLog.data"])
      expect([...before.keys()]).toContain(place);
    const doc = await db.document.findFirstOrThrow({
      where: { proposal: { establishmentId: p.establishmentId } },
      select: { storageKey: true, sha256: true },
    });
    expect(await localStore(dir).exists(doc.storageKey ?? objectKey(doc.sha256))).toBe(true);
    const auditRows = await db.auditLog.count();

    // A funded đề án of the same person, with a contract naming them: that record is kept.
    const funded = await db.proposal.findFirstOrThrow({ where: { establishmentId: p.establishmentId } });
    const kept = await db.proposal.create({
      data: {
        title: "Máy bào (đã được hỗ trợ)",
        activityCategoryId: funded.activityCategoryId,
        establishmentId: p.establishmentId,
        agencyId: funded.agencyId,
        year: 2025,
        status: "CONTRACTED",
        approvedSupport: 80_000_000n,
      },
    });
    await db.contract.create({
      data: {
        proposalId: kept.id,
        number: `HĐ-${p.tag}`,
        signedAt: NOW,
        amount: 80_000_000n,
        partyA: "Sở Công Thương",
        partyB: `Hộ kinh doanh Mộc Trần Văn Xuyến ${p.tag}`,
        createdById: staff.id,
      },
    });

    const { summary } = await eraseEstablishment(admin, {
      establishmentId: p.establishmentId,
      reason: "Chủ hộ yêu cầu xóa dữ liệu cá nhân (đơn ngày 19/11/2026).",
      confirm: true,
    });
    const after = await whereHeld(db, p.ids);
    const outside = [...after.keys()].filter((k) => !RETAINED_TABLES.includes(k.split(".")[0]!));
    expect(outside).toEqual([]);
    expect(after.get("Contract.partyB")).toBe(1);
    // The uploaded file of the never-funded dossier is gone from the store; the audit trail is whole, pseudonymised.
    expect(await localStore(dir).exists(doc.storageKey ?? objectKey(doc.sha256))).toBe(false);
    expect(await db.auditLog.count()).toBe(auditRows + 1);
    expect(summary.rewritten.AuditLog ?? 0).toBeGreaterThan(0);
    const trail = await db.auditLog.findMany({ where: { entity: "Establishment", entityId: p.establishmentId } });
    expect(JSON.stringify(trail.map((r) => r.data))).toContain(summary.pseudonym);
    // Outside the erasure's transaction the log is append-only again.
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET reason = 'x' WHERE id = ${trail[0]!.id}`)).rejects.toThrow(
      /append-only/,
    );
    // The money of the đề án is unchanged; the timeline reads the pseudonym.
    expect((await db.proposal.findUniqueOrThrow({ where: { id: kept.id } })).approvedSupport).toBe(80_000_000n);
    const events = await db.proposalEvent.findMany({ where: { proposal: { establishmentId: p.establishmentId } } });
    expect(events.some((e) => e.actorName === summary.pseudonym)).toBe(true);
    const log = await db.deletionLog.findFirstOrThrow({ where: { establishmentId: p.establishmentId } });
    expect(log.pseudonym).toBe(summary.pseudonym);
    expect(
      await caught(
        eraseEstablishment(admin, { establishmentId: p.establishmentId, reason: "Lặp lại lần hai.", confirm: true }),
      ),
    ).toBeInstanceOf(WorkflowError);
  }, 120_000);

  it("the export has every kind of data the register lists, for the person and for the administrator", async () => {
    const p = await person(db, staff, "x2", 71_000_101);
    const mine = await exportPersonalDataFull(p.actor, p.establishmentId);
    expect(Object.keys(mine.sections).sort()).toEqual([...REGISTER_KEYS].sort());
    expect(mine.register.map((r) => r.key)).toEqual(REGISTER.map((r) => r.key));
    const s = mine.sections as Record<string, unknown>;
    const text = JSON.stringify(mine);
    for (const id of p.ids.filter((x) => !/^[a-z0-9 ]+$/.test(x))) expect(text).toContain(id);
    expect((s.dossiers as unknown[]).length).toBe(1);
    expect((s.documents as unknown[]).length).toBe(1);
    expect((s.messages as unknown[]).length).toBe(2);
    expect(JSON.stringify(s.consents)).toContain("REGISTRATION");
    expect(JSON.stringify(s.consents)).toContain("SMS_ZALO");
    expect(JSON.stringify(s.dossiers)).toContain("SUBMITTED");
    expect((s.audit as { total: number }).total).toBeGreaterThan(3);
    expect(text).not.toContain("passwordHash");
    // Feedback the person sent is theirs too.
    await submitFeedback(
      p.actor,
      { kind: "PORTAL", senderName: "Trần Văn Xuyến x2", content: "Góp ý về trang đăng ký.", publishConsent: "" },
      "pd-x2",
    );
    const again = await exportPersonalDataFull(p.actor, p.establishmentId);
    expect(JSON.stringify((again.sections.requests as { feedback: unknown[] }).feedback)).toContain(
      "Góp ý về trang đăng ký.",
    );
    // Another enterprise may not; the administrator of the province may.
    const other = await actorFor(db, "doanhnghiep@demo.vn");
    expect(await caught(exportPersonalDataFull(other, p.establishmentId))).toBeInstanceOf(Error);
    const byAdmin = await exportPersonalDataFull(admin, p.establishmentId);
    expect(Object.keys(byAdmin.sections).length).toBe(REGISTER_KEYS.length);
  }, 120_000);

  it("requests get a code and a deadline of 10 working days; answers are recorded; deletion needs the erasure first", async () => {
    const p = await person(db, staff, "r3", 71_000_201);
    const r = await fileDataRequest(
      p.actor,
      { kind: "ACCESS", details: "Xin bản sao toàn bộ dữ liệu về cơ sở tôi." },
      NOW,
    );
    expect(r.code).toMatch(/^DL-2026-\d{6}$/);
    // Friday 20/11/2026 + 10 working days = Friday 04/12/2026.
    expect(r.dueAt.toISOString().slice(0, 10)).toBe("2026-12-04");
    expect(await caught(fileDataRequest(p.actor, { kind: "ACCESS", details: "ngắn" }))).toBeInstanceOf(ValidationError);
    const listed = await listDataRequests(admin, NOW);
    expect(listed.find((x) => x.id === r.id)?.overdue).toBe(false);
    expect((await listDataRequests(admin, new Date("2026-12-05T03:00:00Z"))).find((x) => x.id === r.id)?.overdue).toBe(
      true,
    );
    await answerDataRequest(
      admin,
      { id: r.id, outcome: "DONE", answer: "Đã gửi bản xuất dữ liệu qua cổng.", confirm: "on" },
      NOW,
    );
    expect(
      await caught(answerDataRequest(admin, { id: r.id, outcome: "DONE", answer: "Trả lời lần hai.", confirm: "on" })),
    ).toBeInstanceOf(WorkflowError);
    const del = await fileDataRequest(
      p.actor,
      { kind: "DELETION", details: "Đề nghị xóa dữ liệu cá nhân của tôi." },
      NOW,
    );
    expect(
      await caught(
        answerDataRequest(admin, { id: del.id, outcome: "DONE", answer: "Đã xóa xong dữ liệu.", confirm: "on" }),
      ),
    ).toBeInstanceOf(ValidationError);
    const wc = await fileDataRequest(
      p.actor,
      { kind: "WITHDRAW_CONSENT", details: "Tôi không muốn nhận SMS nữa." },
      NOW,
    );
    await answerDataRequest(
      admin,
      { id: wc.id, outcome: "DONE", answer: "Đã ngừng gửi SMS/Zalo.", confirm: "on" },
      NOW,
    );
    const sms = await db.consentRecord.findFirstOrThrow({ where: { userId: p.actor.id, purpose: "SMS_ZALO" } });
    expect(sms.withdrawnAt).not.toBeNull();
    expect((await db.notificationPreference.findUniqueOrThrow({ where: { userId: p.actor.id } })).channels).toEqual([
      "EMAIL",
    ]);
    // An administrator of another province does not see or answer it.
    const foreign: Actor = { ...admin, provinceId: "__other__", agencyId: null };
    expect(
      await caught(
        answerDataRequest(foreign, {
          id: del.id,
          outcome: "REFUSED",
          answer: "Không thuộc thẩm quyền.",
          confirm: "on",
        }),
      ),
    ).toBeInstanceOf(NotFoundError);
    expect(await db.auditLog.count({ where: { action: "personalData.requestAnswered", entityId: r.id } })).toBe(1);
  }, 120_000);

  it("consents are recorded with version and time, and withdrawn when the person unticks", async () => {
    const p = await person(db, staff, "c4", 71_000_301);
    const rows = await db.consentRecord.findMany({ where: { userId: p.actor.id }, orderBy: { purpose: "asc" } });
    expect(rows.map((r) => [r.purpose, r.withdrawnAt])).toEqual([
      ["REGISTRATION", null],
      ["SMS_ZALO", null],
    ]);
    expect(rows.every((r) => r.version.length > 0 && r.givenAt instanceof Date)).toBe(true);
    await savePreferences(p.actor, { channels: ["EMAIL"], consent: false, closingReminderDays: 3 });
    const sms = await db.consentRecord.findFirstOrThrow({ where: { userId: p.actor.id, purpose: "SMS_ZALO" } });
    expect(sms.withdrawnAt).not.toBeNull();
  }, 120_000);

  it("the public list of đề án never names a household business (a natural person)", async () => {
    const hkd = await db.establishment.findMany({ where: { kind: "HKD" }, select: { id: true, name: true } });
    await db.proposal.updateMany({
      where: { establishmentId: { in: hkd.map((e) => e.id) }, status: "SUBMITTED" },
      data: { status: "CONTRACTED", approvedSupport: 50_000_000n },
    });
    const { data } = await listPublicDeAn(deAnQuery.parse({ soDong: "100" }));
    const names = new Set(hkd.map((e) => e.name));
    expect(data.some((d) => d.donViThuHuong === "Hộ kinh doanh (cá nhân — không công bố tên)")).toBe(true);
    expect(data.filter((d) => d.donViThuHuong && names.has(d.donViThuHuong))).toEqual([]);
  });

  it("the breach register keeps each notification step and flags the 72-hour limit", async () => {
    expect(
      await caught(
        recordBreach(admin, {
          detectedAt: "2026-11-18T08:00",
          description: "ngắn",
          dataKinds: [],
          subjectsAffected: 1,
          severity: "LOW",
        }),
      ),
    ).toBeInstanceOf(ValidationError);
    const b = await recordBreach(
      admin,
      {
        detectedAt: "2026-11-16T08:00:00Z",
        description: "Bảng kê người nhận hỗ trợ gửi nhầm tới một địa chỉ thư ngoài cơ quan.",
        dataKinds: ["Họ tên", "Số điện thoại"],
        subjectsAffected: 12,
        severity: "HIGH",
      },
      NOW,
    );
    expect(b.code).toMatch(/^SC-2026-\d{4}$/);
    let row = (await listBreaches(admin, NOW)).find((x) => x.id === b.id)!;
    expect(row.authorityLate).toBe(true); // 20/11 03:00 is more than 72 hours after 16/11 08:00
    await markBreachStep(admin, b.id, "authorityNotifiedAt", new Date("2026-11-18T08:00:00Z"));
    row = (await listBreaches(admin, NOW)).find((x) => x.id === b.id)!;
    expect(row.authorityLate).toBe(false);
    expect(await caught(markBreachStep(admin, b.id, "authorityNotifiedAt"))).toBeInstanceOf(WorkflowError);
    expect(await caught(recordBreach(staff, { detectedAt: "2026-11-18T08:00:00Z" }))).toBeInstanceOf(Error);
  });
}

describe("personal data (Law 91/2025) on PGlite", () => {
  suite(async () => {
    const t: PgliteTestDb = await createPgliteTestDb();
    return { prisma: t.prisma, close: t.close };
  });
});

describeOnPostgres("personal data (Law 91/2025) on PostgreSQL", () => {
  suite(async () => {
    const t: PostgresTestDb = await createPostgresTestDb();
    return { prisma: t.prisma, close: t.close };
  });
});
